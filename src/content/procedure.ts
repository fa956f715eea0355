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

/**
 * One of the ways a step is done, by what the person uses (which editor, say), where only that
 * changes: the person opens theirs on the step's screen instead of answering one more question.
 */
export interface StepWay extends Sourced {
  /** What the person uses, in the words they know it by: "VS Code". */
  label: string;
  instruction: string;
  target: StepTarget;
  /** Where to look, drawn, where the sources say enough to draw it. */
  picture?: Drawing;
}

interface StepBase extends Sourced {
  /** The screen's heading; unique within any path that includes the step. */
  heading: string;
  instruction: string;
  target: StepTarget;
}

/** A step: one way of doing it, drawn; or several, each with its own words (and drawing, where there is one). */
export type StepContent = StepBase & ({ picture: Drawing; ways?: undefined } | { picture?: undefined; ways: readonly StepWay[] });

/** Every drawing a step shows, its own or its ways'. */
export const drawingsOf = (step: StepContent): Drawing[] =>
  step.picture ? [step.picture] : step.ways.flatMap((way) => (way.picture ? [way.picture] : []));

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

/** Every word a step's screen shows of it: its instruction, its ways, and what its drawings say. */
export const wordsOf = (step: StepContent): string[] => [
  step.instruction,
  ...(step.ways ?? []).flatMap((way) => [way.label, way.instruction]),
  ...drawingsOf(step).flatMap((drawing) => [drawing.alt, drawing.caption]),
];
