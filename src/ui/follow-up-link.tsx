import type { FollowUp } from '../content/follow-ups';
import { followUpEvents } from '../flow/follow-up';
import { WizardLink } from './wizard-link';

/** A link to the first step of another sign-out path, reached by answering that path's questions afresh. */
export function FollowUpLink({ followUp }: { followUp: FollowUp }) {
  return <WizardLink events={followUpEvents(followUp)}>{followUp.label}</WizardLink>;
}
