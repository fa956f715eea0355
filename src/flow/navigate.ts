import { transition } from 'xstate';
import type { WizardSnapshot } from './screen';
import type { WizardEvent } from './wizard-events';
import { wizardMachine } from './wizard-machine';

/** The snapshot an event would lead to, without sending it: what a link's address is made from. */
export function snapshotAfter(snapshot: WizardSnapshot, event: WizardEvent): WizardSnapshot {
  return transition(wizardMachine, snapshot, event)[0];
}
