import { getShortestPaths, getSimplePaths } from 'xstate/graph';
import { answersOf, screenOf, type WizardSnapshot } from './screen';
import { wizardMachine } from './wizard-machine';

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

/** Every simple path from the start page to a screen where the wizard ends. */
export function completePaths() {
  return getSimplePaths(wizardMachine, traversal).filter((path) => screenOf(path.state).forward.length === 0);
}
