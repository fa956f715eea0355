import { describe, expect, it } from 'vitest';
import { initialTransition, transition } from 'xstate';
import { questionOrder } from '../../src/flow/decision-path';
import { firstSnapshot, snapshotAfter } from '../../src/flow/navigate';
import { reachableScreens, traversal } from '../../src/flow/reachable';
import type { WizardSnapshot } from '../../src/flow/screen';
import type { WizardEvent } from '../../src/flow/wizard-events';
import { wizardMachine } from '../../src/flow/wizard-machine';

const shown = (snapshot: WizardSnapshot) => ({ value: snapshot.value, context: snapshot.context });

/** Every event a screen can be sent: forward, back, within the steps, change any answer, restart. */
const everyEvent = (snapshot: WizardSnapshot): WizardEvent[] => [
  ...traversal.events(snapshot),
  { type: 'nav.back' },
  { type: 'step.previous' },
  { type: 'wizard.restart' },
  ...questionOrder.map((question) => ({ type: 'answer.change' as const, question })),
];

describe('moves worked out without an actor (what links and addresses are made from)', () => {
  it('start where xstate starts a new wizard', () => {
    expect(shown(firstSnapshot())).toEqual(shown(initialTransition(wizardMachine)[0]));
  });

  it('lead where xstate’s own transition leads, for every event on every reachable screen', () => {
    const moves = reachableScreens().flatMap((snapshot) => everyEvent(snapshot).map((event) => ({ snapshot, event })));
    const differing = moves.filter(({ snapshot, event }) => JSON.stringify(shown(snapshotAfter(snapshot, event))) !== JSON.stringify(shown(transition(wizardMachine, snapshot, event)[0])));
    expect(differing.map(({ snapshot, event }) => [snapshot.value, event])).toEqual([]);
    expect(moves.length).toBeGreaterThan(3000);
  });

  it('give the same snapshot when asked again, so a link does not move the wizard twice', () => {
    const [screen] = reachableScreens().slice(-1) as [WizardSnapshot];
    expect(snapshotAfter(screen, { type: 'nav.back' })).toBe(snapshotAfter(screen, { type: 'nav.back' }));
  });
});
