import type { PlaceSteps, SignOutSituation } from './place';
import type { PlaceId } from './registry';

/**
 * Each place's steps, in a module of its own under steps/, named by the place's id: the build makes
 * each a script of its own, so a page loads only the steps of the places its checklist has.
 */
const modules: Record<PlaceId, () => Promise<{ steps: PlaceSteps }>> = {
  console: () => import('./steps/console'),
  'access-portal': () => import('./steps/access-portal'),
  project: () => import('./steps/project'),
  'aws-settings': () => import('./steps/aws-settings'),
  'builder-id-profile': () => import('./steps/builder-id-profile'),
  'builder-id-tool': () => import('./steps/builder-id-tool'),
  editor: () => import('./steps/editor'),
  cli: () => import('./steps/cli'),
};

/** The module of a place's steps, from the project's root: what a page names for its script to preload. */
export const stepsModuleOf = (id: PlaceId) => `src/content/places/steps/${id}.ts`;

const loaded = new Map<PlaceId, PlaceSteps>();

/** What asked for a place's steps before they were loaded: which places to load first. */
export class StepsNotLoaded extends Error {
  constructor(readonly places: readonly PlaceId[]) {
    super(`The steps of ${places.join(', ')} are not loaded yet`);
  }
}

/** A place's steps, once loaded. */
export function stepsOf(id: PlaceId): PlaceSteps {
  const steps = loaded.get(id);
  if (!steps) throw new StepsNotLoaded([id]);
  return steps;
}

/** Records a place's steps, from a module loaded by other means (every-place-steps.ts). */
export const recordSteps = (id: PlaceId, steps: PlaceSteps) => void loaded.set(id, steps);

export const stepsLoaded = (ids: readonly PlaceId[]): boolean => ids.every((id) => loaded.has(id));

/** Loads the steps of these places, at once for those already loaded. */
export async function loadStepsOf(ids: readonly PlaceId[]): Promise<void> {
  await Promise.all(ids.filter((id) => !loaded.has(id)).map((id) => modules[id]().then((module) => recordSteps(id, module.steps))));
}

/**
 * Works out `work`, first loading the steps it finds missing, as often as it finds more: for what
 * can't say which steps it needs until it runs, such as an address, whose steps are counted as it is read.
 */
export async function withStepsLoaded<T>(work: () => T): Promise<T> {
  for (;;) {
    try {
      return work();
    } catch (error) {
      if (!(error instanceof StepsNotLoaded)) throw error;
      await loadStepsOf(error.places);
    }
  }
}

export const signOutOf = (id: PlaceId, situation: SignOutSituation) => stepsOf(id).signOut(situation);
