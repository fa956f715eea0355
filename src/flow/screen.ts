import type { SnapshotFrom } from 'xstate';
import type { Answers, QuestionId } from '../content/answers';
import { isQuestionId, isStop, questionsBefore } from './decision-path';
import { stepCount, type wizardMachine } from './wizard-machine';

export type WizardSnapshot = SnapshotFrom<typeof wizardMachine>;

/** What a screen shows, derived from the machine's state; the UI renders one component per kind. */
export type Screen =
  | { kind: 'start' }
  | { kind: 'question'; question: QuestionId }
  | { kind: 'identified' }
  | { kind: 'unidentified' }
  | { kind: 'noSelfService' }
  | { kind: 'step'; index: number; count: number }
  | { kind: 'confirmation' }
  | { kind: 'done' }
  | { kind: 'notSignedOut' };

export function screenOf(snapshot: WizardSnapshot): Screen {
  const state = snapshot.value;
  if (isQuestionId(state)) return { kind: 'question', question: state };
  if (state === 'steps') return { kind: 'step', index: snapshot.context.stepIndex, count: stepCount(snapshot.context) };
  return { kind: state };
}

/** The answers that lead to this screen, in flow order: those given before it. */
export function answersBefore(snapshot: WizardSnapshot): Answers {
  const state = snapshot.value;
  const earlier: Answers = {};
  for (const question of questionsBefore(isStop(state) ? state : 'steps')) {
    const value = snapshot.context.answers[question];
    if (value !== undefined) (earlier as Record<string, string>)[question] = value;
  }
  return earlier;
}
