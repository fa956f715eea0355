import { pathOf } from '../address/address';
import { placesWithStepsAt } from '../flow/steps-needed';
import type { WizardEvent } from '../flow/wizard-events';
import { WizardActor } from '../wizard-actor';
import { snapshotAfter } from '../flow/wizard-machine';
import { loadStepsAhead, whenStepsReady } from './steps-ready';

/**
 * Moves the running wizard by sending `events`, which lead to `target`, once the steps that screen
 * needs are loaded. Where they can't be, the target's address is opened as a page of its own, which
 * shows it whole. A move that waits is dropped if another is asked for meanwhile (whenStepsReady).
 */
export function useMove() {
  const actor = WizardActor.useActorRef();
  return (events: readonly WizardEvent[], target = events.reduce(snapshotAfter, actor.getSnapshot())) => {
    whenStepsReady(
      () => placesWithStepsAt(target),
      () => events.forEach((event) => actor.send(event)),
      () => window.location.assign(pathOf(target)),
    );
  };
}

/** Starts loading the steps of the screen these events would lead to: for a choice made, before its Continue. */
export function useLoadAhead() {
  const actor = WizardActor.useActorRef();
  return (events: readonly WizardEvent[]) => {
    const from = actor.getSnapshot();
    loadStepsAhead(() => placesWithStepsAt(events.reduce(snapshotAfter, from)));
  };
}
