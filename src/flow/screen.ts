import type { SnapshotFrom } from 'xstate';
import { questionOrder, type Answers, type QuestionId } from '../content/answers';
import { stepCount, type wizardMachine } from './wizard-machine';

export type WizardSnapshot = SnapshotFrom<typeof wizardMachine>;

/** What a screen shows, derived from the machine's state; the UI renders one component per kind. */
export type Screen =
  | { kind: 'start' }
  | { kind: 'question'; question: QuestionId }
  | { kind: 'identified' }
  | { kind: 'unidentified' }
  | { kind: 'step'; index: number; count: number }
  | { kind: 'confirmation' }
  | { kind: 'done' }
  | { kind: 'notSignedOut' };

const questionStates: ReadonlyArray<[QuestionId, Parameters<WizardSnapshot['matches']>[0]]> = [
  ['userType', 'userType'],
  ['createdAccount', { identify: 'createdAccount' }],
  ['signInMethod', { identify: 'signInMethod' }],
  ['portal', 'portal'],
  ['sessions', 'sessions'],
  ['whichSessions', 'whichSessions'],
];

export function screenOf(snapshot: WizardSnapshot): Screen {
  for (const [question, state] of questionStates) {
    if (snapshot.matches(state)) return { kind: 'question', question };
  }
  if (snapshot.matches({ identify: 'identified' })) return { kind: 'identified' };
  if (snapshot.matches({ identify: 'unidentified' })) return { kind: 'unidentified' };
  if (snapshot.matches('steps')) {
    return { kind: 'step', index: snapshot.context.stepIndex, count: stepCount(snapshot.context) };
  }
  if (snapshot.matches('confirmation')) return { kind: 'confirmation' };
  if (snapshot.matches('done')) return { kind: 'done' };
  if (snapshot.matches('notSignedOut')) return { kind: 'notSignedOut' };
  return { kind: 'start' };
}

/** The question after which a screen comes: answers from it on are not part of how it was reached. */
function boundary(screen: Screen): QuestionId | undefined {
  if (screen.kind === 'question') return screen.question;
  if (screen.kind === 'identified' || screen.kind === 'unidentified') return 'portal';
  return undefined;
}

/** The answers that lead to this screen, in flow order. */
export function answersBefore(snapshot: WizardSnapshot): Answers {
  const stop = boundary(screenOf(snapshot));
  const earlier: Answers = {};
  for (const question of questionOrder) {
    if (question === stop) break;
    const value = snapshot.context.answers[question];
    if (value !== undefined) (earlier as Record<string, string>)[question] = value;
  }
  return earlier;
}
