import { caveats } from '../../src/content/caveats';
import { reasons } from '../../src/content/troubleshooting';
import { applies, situationOf } from '../../src/flow/answer-rules';
import { stepsFor } from '../../src/flow/procedures';
import type { WizardSnapshot } from '../../src/flow/screen';

/** What a person is told on the path that ends at this snapshot: steps, caveats and reasons. */
export function contentOnPath(end: WizardSnapshot) {
  const situation = situationOf(end.context.answers);
  if (!situation) return { situation, steps: [], caveatIds: [], reasonIds: [] };
  return {
    situation,
    steps: stepsFor(situation),
    caveatIds: caveats.filter((caveat) => applies(caveat.appliesTo, situation)).map((caveat) => caveat.id),
    reasonIds: reasons.filter((reason) => applies(reason.appliesTo, situation)).map((reason) => reason.id),
  };
}
