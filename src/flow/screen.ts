import type { SnapshotFrom } from 'xstate';
import type { Answers, QuestionId } from '../content/answers';
import { declarationOf, isQuestionId, isStop, optionsFor, questionsBefore } from './decision-path';
import type { WizardEvent } from './wizard-events';
import type { wizardMachine } from './wizard-machine';

export type WizardSnapshot = SnapshotFrom<typeof wizardMachine>;

/** The screens after the steps, each with its own segment in addresses: published, so never changed. */
const endScreenNames = { confirmation: 'check', done: 'done', notSignedOut: 'not-signed-out' } as const;
const stepsName = 'steps';

/** Which screen the machine's state is, what it is called in addresses, and the events that move on from it. */
export type Screen = (
  | { kind: 'start' }
  | { kind: 'question'; question: QuestionId }
  | { kind: 'unidentified' }
  | { kind: 'noSelfService' }
  | { kind: 'step'; index: number }
  | { kind: 'confirmation' }
  | { kind: 'done' }
  | { kind: 'notSignedOut' }
) & {
  /** The screen's own segments, after the answers that lead to it, in its address. */
  name: readonly string[];
  /**
   * What moves a person forward from it. Back, Change and Start again only return to screens
   * already reached this way, so they add no screen and no path.
   */
  forward: readonly WizardEvent[];
};

export function screenOf(snapshot: WizardSnapshot): Screen {
  const state = snapshot.value;
  const { given, stepIndex } = snapshot.context;
  if (state === 'start') return { kind: 'start', name: [], forward: [{ type: 'wizard.start' }] };
  if (state === 'steps') {
    return { kind: 'step', index: stepIndex, name: [stepsName, String(stepIndex + 1)], forward: [{ type: 'step.next' }] };
  }
  if (isQuestionId(state)) {
    const forward = optionsFor(state, given).map((value): WizardEvent => ({ type: 'answer.select', question: state, value }));
    return { kind: 'question', question: state, name: [declarationOf(state).slug], forward };
  }
  if (isStop(state)) {
    return { kind: state as 'unidentified' | 'noSelfService', name: [declarationOf(state).slug], forward: [] };
  }
  const forward: WizardEvent[] =
    state === 'confirmation' ? [{ type: 'confirmation.signedOut' }, { type: 'confirmation.stillSignedIn' }] : [];
  return { kind: state, name: [endScreenNames[state]], forward };
}

/** The answers that lead to this screen, in flow order: those given before it. */
export function answersOf(snapshot: WizardSnapshot): Answers {
  const state = snapshot.value;
  const earlier: Answers = {};
  for (const question of questionsBefore(isStop(state) ? state : 'steps')) {
    const value = snapshot.context.given[question];
    if (value !== undefined) (earlier as Record<string, string>)[question] = value;
  }
  return earlier;
}
