import type { Sourced } from './sources';

/** An answer as a question offers it: its words, and where they come from when they say something of AWS. */
export interface OptionContent extends Partial<Sourced> {
  label: string;
  hint: string;
}
