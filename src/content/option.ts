import type { Sourced } from './sources';

/** An answer as a question offers it: its words, and where they come from when they say something of AWS. */
export interface OptionContent extends Partial<Sourced> {
  label: string;
  /** Short, so that the question and Continue fit on a phone's screen. */
  hint: string;
  /** What helps tell it from the other answers but not every person needs: behind "More about these answers". */
  more?: string;
}
