import type { PlaceSteps, SignOutSituation } from './place';
import { placeModule, places, type PlaceId } from './registry';

/**
 * The module of a place's steps, from the project's root, which the build makes a script of its own:
 * what a page names for its script to preload, so that it loads only the steps of its checklist.
 */
export const stepsModuleOf = (id: PlaceId) => `src/content/places/steps/${id}.ts` as const;

const loaded = new Map<PlaceId, PlaceSteps>();

/** The places whose steps were asked for before they were loaded, since the last work run by `tryWithSteps`. */
const askedBeforeLoaded = new Set<PlaceId>();

/** A place's steps, once loaded. */
export function stepsOf(id: PlaceId): PlaceSteps {
  const steps = loaded.get(id);
  if (steps) return steps;
  askedBeforeLoaded.add(id);
  throw new Error(`The steps of ${id} are not loaded yet`);
}

/**
 * Runs `work`, and where it asked for steps not loaded, says whose instead of what it gave: read from
 * what was asked for, not from an error, which a library on the way may wrap in its own (xstate does,
 * for a guard) or take for a reason to stop (reading an address does).
 */
export function tryWithSteps<T>(work: () => T): { done: T } | { missing: readonly PlaceId[] } {
  askedBeforeLoaded.clear();
  let done: T;
  try {
    done = work();
  } catch (error) {
    if (askedBeforeLoaded.size === 0) throw error;
  }
  return askedBeforeLoaded.size > 0 ? { missing: [...askedBeforeLoaded] } : { done: done! };
}

export const stepsLoaded = (ids: readonly PlaceId[]): boolean => ids.every((id) => loaded.has(id));

/** Loads the steps of these places, at once for those already loaded. */
export async function loadStepsOf(ids: readonly PlaceId[]): Promise<void> {
  await Promise.all(ids.filter((id) => !loaded.has(id)).map((id) => placeModule(id).steps().then((module) => void loaded.set(id, module.steps))));
}

/** For what works out every screen: the map, the build's prerender, scripts and tests. */
export const loadEveryPlaceSteps = () => loadStepsOf(places.map((place) => place.id));

/**
 * Works out `work`, first loading the steps it finds missing, as often as it finds more: for what
 * can't say which steps it needs until it runs, such as an address, whose steps are counted as it is read.
 */
export async function withStepsLoaded<T>(work: () => T): Promise<T> {
  for (;;) {
    const tried = tryWithSteps(work);
    if ('done' in tried) return tried.done;
    await loadStepsOf(tried.missing);
  }
}

export const signOutOf = (id: PlaceId, situation: SignOutSituation) => stepsOf(id).signOut(situation);
