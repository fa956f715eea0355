import { getShortestPaths } from 'xstate/graph';
import { answersOf, screenOf, type WizardSnapshot } from './screen';
import type { WizardEvent } from './wizard-events';
import { firstSnapshot, snapshotAfter, wizardMachine } from './wizard-machine';

/** Two snapshots are the same screen when they show the same thing after the same answers. */
export function screenKey(snapshot: WizardSnapshot): string {
  const { kind, name } = screenOf(snapshot);
  return JSON.stringify([kind, name, answersOf(snapshot)]);
}

/** Forward moves only: Back, Change and Start again add no screen and no path. */
export const traversal = { events: (snapshot: WizardSnapshot) => [...screenOf(snapshot).forward], serializeState: screenKey };

/** One shortest path to every reachable screen: the screens are the paths' end states. */
export function reachableScreens(): WizardSnapshot[] {
  return getShortestPaths(wizardMachine, traversal).map((path) => path.state);
}

interface PathStep {
  state: WizardSnapshot;
  event: WizardEvent | { type: 'xstate.init' };
}

/** A walk from the machine's start, as xstate/graph writes one: its first step is the machine starting. */
export interface WizardPath {
  state: WizardSnapshot;
  steps: readonly PathStep[];
}

/**
 * Every simple path from the start page to a screen where the wizard ends, found depth first along the
 * forward moves. (xstate/graph's getSimplePaths finds the paths to every state, then keeps these: eleven
 * seconds here, against a tenth of one.)
 */
export function completePaths(): WizardPath[] {
  const found: WizardPath[] = [];
  const visit = (steps: readonly PathStep[], onPath: ReadonlySet<string>) => {
    const { state } = steps.at(-1)!;
    const forward = screenOf(state).forward;
    if (forward.length === 0) return void found.push({ state, steps });
    for (const event of forward) {
      const next = snapshotAfter(state, event);
      const key = screenKey(next);
      if (!onPath.has(key)) visit([...steps, { state: next, event }], new Set([...onPath, key]));
    }
  };
  const first = firstSnapshot();
  visit([{ state: first, event: { type: 'xstate.init' } }], new Set([screenKey(first)]));
  return found;
}
