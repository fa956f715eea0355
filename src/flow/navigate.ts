import { transition } from 'xstate';
import type { WizardSnapshot } from './screen';
import type { WizardEvent } from './wizard-events';
import { wizardMachine } from './wizard-machine';

/** Where each event leads from each snapshot seen: every link asks again at each move, and on each render. */
const known = new WeakMap<WizardSnapshot, Map<string, WizardSnapshot>>();

/** The snapshot an event would lead to, without sending it: what a link's address is made from. */
export function snapshotAfter(snapshot: WizardSnapshot, event: WizardEvent): WizardSnapshot {
  const leads = known.get(snapshot) ?? new Map<string, WizardSnapshot>();
  known.set(snapshot, leads);
  const key = JSON.stringify(event);
  const next = leads.get(key) ?? transition(wizardMachine, snapshot, event)[0];
  leads.set(key, next);
  return next;
}
