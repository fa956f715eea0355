import type { QuestionId } from '../../src/content/answers';
import { screenOf, type WizardSnapshot } from '../../src/flow/screen';
import type { WizardEvent } from '../../src/flow/wizard-events';
import { firstSnapshot, snapshotAfter, stepCount } from '../../src/flow/wizard-machine';
import { loadEveryPlaceSteps } from '../../src/content/places/place-steps';

// What this works out counts the steps of every place.
await loadEveryPlaceSteps();

export const answer = (question: QuestionId, value: string): WizardEvent => ({
  type: 'answer.select',
  question,
  value,
});

export const start: WizardEvent = { type: 'wizard.start' };

/** Signing out here, in this browser: the answer every path had before the question was added. */
export const here = answer('whereToSignOut', 'this-browser');
export const elsewhere = answer('whereToSignOut', 'elsewhere');

/** The snapshot after sending these events from a fresh machine, without running an actor. */
export function walk(...events: WizardEvent[]): WizardSnapshot {
  return events.reduce(snapshotAfter, firstSnapshot());
}

/** A short name for a screen, as tests compare them: "question:places", "step 2 of 3", "done". */
export function screenName(snapshot: WizardSnapshot): string {
  const screen = screenOf(snapshot);
  if (screen.kind === 'question') return `question:${screen.question}`;
  if (screen.kind === 'step') return `step ${screen.index + 1} of ${stepCount(snapshot.context.given)}`;
  return screen.kind;
}
