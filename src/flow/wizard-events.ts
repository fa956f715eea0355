import type { Answers, QuestionId } from '../content/answers';

export interface WizardContext {
  /**
   * Every answer given that still applies, including those after the screen shown, kept when the
   * person goes back so each question shows what was chosen. The answers that lead to a screen, and
   * so its address, are `answersOf(snapshot)`.
   */
  given: Answers;
  /** Zero-based index of the step shown, while in the steps. */
  stepIndex: number;
}

export type WizardEvent =
  | { type: 'wizard.start' }
  | { type: 'wizard.restart' }
  | { type: 'answer.select'; question: QuestionId; value: string }
  | { type: 'answer.change'; question: QuestionId }
  | { type: 'step.next' }
  | { type: 'step.previous' }
  | { type: 'confirmation.signedOut' }
  | { type: 'confirmation.stillSignedIn' }
  | { type: 'nav.back' };
