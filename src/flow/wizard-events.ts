import type { Answers, QuestionId } from '../content/answers';

export interface WizardContext {
  answers: Answers;
  /** Zero-based index of the step shown, while in the steps. */
  stepIndex: number;
}

export type WizardEvent =
  | { type: 'wizard.start' }
  | { type: 'wizard.restart' }
  | { type: 'answer.select'; question: QuestionId; value: string }
  | { type: 'answer.change'; question: QuestionId }
  | { type: 'identification.confirm' }
  | { type: 'step.next' }
  | { type: 'step.previous' }
  | { type: 'confirmation.signedOut' }
  | { type: 'confirmation.stillSignedIn' }
  | { type: 'nav.back' };
