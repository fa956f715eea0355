import type { FollowUp } from '../content/answers';
import { questionOrder } from '../flow/decision-path';
import { resolveSegments, screenSlugs } from '../address/address';
import { WizardLink } from './wizard-link';

/** A link to the first step of another sign-out path, reached by replaying that path's answers. */
export function FollowUpLink({ followUp }: { followUp: FollowUp }) {
  const segments = questionOrder.flatMap((question) => followUp.answers[question] ?? []);
  const { events } = resolveSegments([...segments, screenSlugs.step, '1']);
  return <WizardLink events={[{ type: 'wizard.restart' }, ...events]}>{followUp.label}</WizardLink>;
}
