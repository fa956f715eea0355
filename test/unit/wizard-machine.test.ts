import { describe, expect, it } from 'vitest';
import { nextScreen, previousScreen, reconcile, isStop } from '../../src/flow/decision-path';
import { reachableScreens } from '../../src/flow/reachable';
import { screenOf, type WizardSnapshot } from '../../src/flow/screen';
import type { WizardEvent } from '../../src/flow/wizard-events';
import { snapshotAfter, wizardMachine } from '../../src/flow/wizard-machine';

const screens = reachableScreens();
const stateOf = (snapshot: WizardSnapshot) => String(snapshot.value);
const back: WizardEvent = { type: 'nav.back' };

describe('the wizard machine', () => {
  it('has the design’s path as its states: user type, where, places, sessions, steps, confirmation', () => {
    expect(Object.keys(wizardMachine.root.states)).toEqual([
      'start',
      'userType',
      'createdAccount',
      'signInMethod',
      'unidentified',
      'whereToSignOut',
      'noSelfService',
      'places',
      'sessions',
      'whichSessions',
      'steps',
      'confirmation',
      'done',
      'notSignedOut',
    ]);
  });

  it('takes every answer a question offers to the screen the decision path names next', () => {
    const answers = screens.flatMap((snapshot) => screenOf(snapshot).forward.flatMap((event) => (event.type === 'answer.select' ? [{ snapshot, event }] : [])));
    expect(answers.length).toBeGreaterThan(100);
    for (const { snapshot, event } of answers) {
      if (event.type !== 'answer.select') continue;
      const given = reconcile({ ...snapshot.context.given, [event.question]: event.value });
      expect(stateOf(snapshotAfter(snapshot, event)), `${stateOf(snapshot)} ${event.value}`).toBe(nextScreen(event.question, given));
    }
  });

  it('takes Back from every screen before the steps to the screen the decision path names before it', () => {
    const before = screens.filter((snapshot) => isStop(stateOf(snapshot)) || (stateOf(snapshot) === 'steps' && snapshot.context.stepIndex === 0));
    expect(before.length).toBeGreaterThan(100);
    const elsewhere = before.filter((snapshot) => {
      const state = stateOf(snapshot) as Parameters<typeof previousScreen>[0];
      return stateOf(snapshotAfter(snapshot, back)) !== previousScreen(state, snapshot.context.given);
    });
    expect(elsewhere.map(stateOf)).toEqual([]);
  });

  it('refuses an answer its question does not offer, and an answer to a question not on screen', () => {
    const [userType] = screens.filter((snapshot) => stateOf(snapshot) === 'userType');
    expect(snapshotAfter(userType!, { type: 'answer.select', question: 'userType', value: 'admin' })).toBe(userType);
    expect(snapshotAfter(userType!, { type: 'answer.select', question: 'sessions', value: 'one' })).toBe(userType);
  });
});
