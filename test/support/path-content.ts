import { situationOf } from '../../src/flow/situation';
import { caveatsFor, reasonsFor, stepsFor } from '../../src/flow/what-applies';
import type { WizardSnapshot } from '../../src/flow/screen';

/** What a person is told on the path that ends at this snapshot: steps, caveats and reasons. */
export function contentOnPath(end: WizardSnapshot) {
  const situation = situationOf(end.context.answers);
  if (!situation) return { situation, steps: [], caveatIds: [], reasonIds: [] };
  return {
    situation,
    steps: stepsFor(situation),
    caveatIds: caveatsFor(situation).map((caveat) => caveat.id),
    reasonIds: reasonsFor(situation).map((reason) => reason.id),
  };
}

/** Content text as a person reads it on screen: the quotes that mark on-screen names are not shown. */
export const asShown = (text: string) => text.replace(/[“”]/g, '');

/** Finds a paragraph by all of its text, including words set apart inside it. */
export const paragraphReading =
  (text: string) =>
  (_: string, element: Element | null): boolean =>
    element?.tagName === 'P' && element.textContent === text;
