import type { Drawing } from './pictures';
import type { Sourced } from './sources';

/** What the person looks for or chooses in a step, quoted exactly when it is a label on screen. */
export type StepTarget =
  | { kind: 'control'; label: string }
  | { kind: 'page'; label: string }
  | { kind: 'address'; url: string }
  /** A command typed in a terminal, exactly as AWS prints it. */
  | { kind: 'command'; command: string }
  /** Not a label on screen: described in our words, never quoted. */
  | { kind: 'described'; text: string };

export interface StepContent extends Sourced {
  /** The screen's heading; unique within any path that includes the step. */
  heading: string;
  instruction: string;
  target: StepTarget;
  /** Where to look, drawn. */
  picture: Drawing;
}

/** One way of signing out, or of ending sessions: its steps, and how the person knows it worked. */
export interface ProcedureContent {
  id: string;
  /** "Sign out of …" */
  title: string;
  steps: readonly StepContent[];
  /**
   * How the person knows it worked; `noSign` where AWS documents nothing to see, so the check says so
   * and a person may answer that they can't tell.
   */
  success: Sourced & { text: string; picture?: Drawing; noSign?: true };
}
