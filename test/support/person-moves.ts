import { screenModelOf, type Move } from '../../src/flow/screen-model';
import type { WizardSnapshot } from '../../src/flow/screen';
import type { WizardEvent } from '../../src/flow/wizard-events';
import { loadEveryPlaceSteps } from '../../src/content/places/place-steps';

// What this works out counts the steps of every place.
await loadEveryPlaceSteps();

export type { Move };

/** The move that causes this event on the screen `on` shows, named as the screen names it. */
export function moveFor(event: WizardEvent, on: WizardSnapshot): Move {
  const move = screenModelOf(on).moves.find((each) => JSON.stringify(each.event) === JSON.stringify(event));
  if (!move) throw new Error(`A person cannot cause ${JSON.stringify(event)} on that screen`);
  return move;
}
