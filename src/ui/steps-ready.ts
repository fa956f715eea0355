import { loadStepsOf, stepsLoaded, tryWithSteps, withStepsLoaded } from '../content/places/place-steps';
import type { PlaceId } from '../content/places/registry';

/** Whether the steps `needed` names are loaded, when working it out needs none it doesn't name. */
function isReady(needed: () => readonly PlaceId[]): boolean {
  const tried = tryWithSteps(needed);
  return 'done' in tried && stepsLoaded(tried.done);
}

/**
 * Runs `then` once the steps `needed` names are loaded: at once, in the same task, when they are (as
 * they are loaded ahead, that is nearly always); otherwise once they load, or `failed` if they can't.
 */
export function whenStepsReady(needed: () => readonly PlaceId[], then: () => void, failed: () => void) {
  if (isReady(needed)) {
    then();
    return;
  }
  withStepsLoaded(needed).then(loadStepsOf).then(then, failed);
}

/** Starts loading the steps `needed` names, for a screen to come; a failure is left to that screen's move. */
export const loadStepsAhead = (needed: () => readonly PlaceId[]) => void withStepsLoaded(needed).then(loadStepsOf).catch(() => {});
