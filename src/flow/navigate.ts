import { createActor, type AnyActorScope } from 'xstate';
import type { WizardSnapshot } from './screen';
import type { WizardEvent } from './wizard-events';
import { wizardMachine } from './wizard-machine';

let scope: AnyActorScope | undefined;
const nothing = () => {};

/**
 * The scope every pure transition runs in. xstate's own `transition()` builds a new actor (and with
 * it the machine's initial state) for each call, most of what a link's address cost per click; the
 * machine's only actions are `assign`s, which need nothing from a scope, so one inert scope serves all.
 */
function inertScope(): AnyActorScope {
  if (scope) return scope;
  const self = createActor(wizardMachine);
  scope = { self, id: '', sessionId: '', system: self.system, logger: nothing, defer: nothing, emit: nothing, stopChild: nothing, actionExecutor: nothing };
  return scope;
}

let first: WizardSnapshot | undefined;

/** The snapshot a new wizard starts from, without running an actor: one, so addresses share the moves they have in common. */
export const firstSnapshot = (): WizardSnapshot => (first ??= wizardMachine.getInitialSnapshot(inertScope()));

/** Where each event leads from each snapshot seen: every link asks again at each move, and on each render. */
const known = new WeakMap<WizardSnapshot, Map<string, WizardSnapshot>>();

/** The snapshot an event would lead to, without sending it: what a link's address is made from. */
export function snapshotAfter(snapshot: WizardSnapshot, event: WizardEvent): WizardSnapshot {
  const leads = known.get(snapshot) ?? new Map<string, WizardSnapshot>();
  known.set(snapshot, leads);
  const key = JSON.stringify(event);
  const next = leads.get(key) ?? wizardMachine.transition(snapshot, event, inertScope());
  leads.set(key, next);
  return next;
}
