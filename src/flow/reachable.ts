import { getShortestPaths, getSimplePaths } from 'xstate/graph';
import { optionsFor } from './decision-path';
import { answersBefore, screenOf, type WizardSnapshot } from './screen';
import type { WizardEvent } from './wizard-events';
import { wizardMachine } from './wizard-machine';

/**
 * The events that move a person forward from a screen. Back, Change and Start again only return to
 * screens already reached this way, so they add no screen and no path.
 */
function forwardEvents(snapshot: WizardSnapshot): WizardEvent[] {
  const screen = screenOf(snapshot);
  switch (screen.kind) {
    case 'start':
      return [{ type: 'wizard.start' }];
    case 'question':
      return optionsFor(screen.question, snapshot.context.answers).map((value) => ({
        type: 'answer.select',
        question: screen.question,
        value,
      }));
    case 'identified':
      return [{ type: 'identification.confirm' }];
    case 'step':
      return [{ type: 'step.next' }];
    case 'confirmation':
      return [{ type: 'confirmation.signedOut' }, { type: 'confirmation.stillSignedIn' }];
    default:
      return [];
  }
}

/** Two snapshots are the same screen when they show the same thing after the same answers. */
export function screenKey(snapshot: WizardSnapshot): string {
  return JSON.stringify([screenOf(snapshot), answersBefore(snapshot)]);
}

export const traversal = { events: forwardEvents, serializeState: screenKey };

/** One shortest path to every reachable screen: the screens are the paths' end states. */
export function reachableScreens(): WizardSnapshot[] {
  return getShortestPaths(wizardMachine, traversal).map((path) => path.state);
}

function isEndScreen(snapshot: WizardSnapshot): boolean {
  return forwardEvents(snapshot).length === 0;
}

/** Every simple path from the start page to a screen where the wizard ends. */
export function completePaths() {
  return getSimplePaths(wizardMachine, traversal).filter((path) => isEndScreen(path.state));
}
