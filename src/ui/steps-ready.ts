import { loadStepsNamedBy, stepsLoaded, tryWithSteps } from '../content/places/place-steps';
import type { PlaceId } from '../content/places/registry';

/** Whether the steps `needed` names are loaded, when working it out needs none it doesn't name. */
function isReady(needed: () => readonly PlaceId[]): boolean {
  const tried = tryWithSteps(needed);
  return 'done' in tried && stepsLoaded(tried.done);
}

/** Counts the moves asked for: one that waits for its steps is made only if no other was asked for since. */
let movesAsked = 0;

/**
 * Runs `then` once the steps `needed` names are loaded: at once, in the same task, when they are (as
 * they are loaded ahead, that is nearly always); otherwise once they load, or `failed` if they can't.
 * Either only while no later move was asked for: a click or Back meanwhile is the one that counts.
 */
export function whenStepsReady(needed: () => readonly PlaceId[], then: () => void, failed: () => void) {
  const asked = (movesAsked += 1);
  if (isReady(needed)) {
    then();
    return;
  }
  const stillLatest = () => asked === movesAsked;
  loadStepsNamedBy(needed).then(
    () => {
      if (stillLatest()) then();
    },
    (error: unknown) => {
      console.error(error);
      if (stillLatest()) failed();
    },
  );
}

/** Starts loading the steps `needed` names, for a screen to come; a failure is left to that screen's move. */
export const loadStepsAhead = (needed: () => readonly PlaceId[]) => void loadStepsNamedBy(needed).catch(() => {});
