import type { PlaceSteps, SignOutSituation } from './place';
import { placeIds, placeModule, type PlaceId } from './registry';

/**
 * The module of a place's steps, from the project's root, which the build makes a script of its own:
 * what a page names for its script to preload, so that it loads only the steps of its checklist.
 */
export const stepsModuleOf = (id: PlaceId) => `src/content/places/steps/${id}.ts` as const;

const loaded = new Map<PlaceId, PlaceSteps>();

/** The places whose steps the work `tryWithSteps` runs asked for before they were loaded. */
let askedBeforeLoaded: Set<PlaceId> | undefined;

/** A place's steps, once loaded. */
export function stepsOf(id: PlaceId): PlaceSteps {
  const steps = loaded.get(id);
  if (steps) return steps;
  askedBeforeLoaded?.add(id);
  throw new Error(`The steps of ${id} are not loaded yet`);
}

/**
 * Runs `work`, and where it asked for steps not loaded, says whose instead of what it gave: read from
 * what was asked for, not from the error, which a library on the way may wrap in its own (xstate does,
 * for a guard) or catch.
 */
export function tryWithSteps<T>(work: () => T): { done: T } | { missing: readonly PlaceId[] } {
  const outer = askedBeforeLoaded;
  const asked = new Set<PlaceId>();
  askedBeforeLoaded = asked;
  let done: T;
  try {
    done = work();
  } catch (error) {
    if (asked.size === 0) throw error;
  } finally {
    askedBeforeLoaded = outer;
  }
  return asked.size > 0 ? { missing: [...asked] } : { done: done! };
}

export const stepsLoaded = (ids: readonly PlaceId[]): boolean => ids.every((id) => loaded.has(id));

/** Loads the steps of these places, at once for those already loaded. */
export async function loadStepsOf(ids: readonly PlaceId[]): Promise<void> {
  await Promise.all(
    ids
      .filter((id) => !loaded.has(id))
      .map((id) =>
        placeModule(id)
          .steps()
          .then(({ steps }) => {
            if (!steps) throw new Error(`steps/${id} has no steps`);
            loaded.set(id, steps);
          }),
      ),
  );
}

/** For what works out every screen: the map, the build's prerender, scripts and tests. */
export const loadEveryPlaceSteps = () => loadStepsOf(placeIds);

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

/** Loads the steps of the places `named` names, once it can say, however many it turns out to read. */
export const loadStepsNamedBy = (named: () => readonly PlaceId[]) => withStepsLoaded(named).then(loadStepsOf);

export const signOutOf = (id: PlaceId, situation: SignOutSituation) => stepsOf(id).signOut(situation);
