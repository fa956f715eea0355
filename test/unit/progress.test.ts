import { stepCount } from '../../src/flow/wizard-machine';
import { describe, expect, it } from 'vitest';
import { phases } from '../../src/flow/decision-path';
import { everyCompletePath } from '../support/situations';
import { screenOf, type WizardSnapshot } from '../../src/flow/screen';
import { screenModelOf } from '../../src/flow/screen-model';
import { answer, elsewhere, here, start, walk } from '../support/walk';

const progressOf = (snapshot: WizardSnapshot) => screenModelOf(snapshot).progress;

describe('progress', () => {
  it('is not shown on the start page', () => {
    expect(progressOf(walk())).toBeUndefined();
  });

  it('never goes backwards along any complete path, and the step count never exceeds its total', () => {
    for (const path of everyCompletePath) {
      const positions = path.steps.flatMap(({ state }) => {
        const progress = progressOf(state);
        return progress ? [phases.indexOf(progress.phase)] : [];
      });
      expect(positions).toEqual(positions.toSorted((a, b) => a - b));
      const steps = path.steps.filter(({ state }) => screenOf(state).kind === 'step');
      expect(steps.every(({ state }) => state.context.stepIndex < stepCount(state.context.given))).toBe(true);
    }
  });

  it('marks earlier phases done, later ones upcoming', () => {
    const progress = progressOf(walk(start, answer('userType', 'identity-center-user')));
    expect(progress?.statuses).toEqual({
      who: 'done',
      where: 'current',
      sessions: 'upcoming',
      steps: 'upcoming',
      check: 'upcoming',
    });
  });

  it('marks the sessions phase not needed once the answers rule it out', () => {
    const progress = progressOf(walk(start, answer('userType', 'builder-id'), here, answer('places', 'builder-id-profile')));
    expect(progress?.phase).toBe('steps');
    expect(progress?.statuses.sessions).toBe('not-needed');
  });

  it('marks the sessions phase not needed for sessions ended elsewhere', () => {
    const progress = progressOf(walk(start, answer('userType', 'identity-center-user'), elsewhere));
    expect(progress?.phase).toBe('steps');
    expect(progress?.statuses).toMatchObject({ who: 'done', where: 'done', sessions: 'not-needed' });
  });

  it('marks every later phase not needed on a screen that ends the path', () => {
    const whoCanHelp = progressOf(walk(start, answer('userType', 'root-user'), elsewhere));
    expect(whoCanHelp?.statuses).toEqual({ who: 'done', where: 'current', sessions: 'not-needed', steps: 'not-needed', check: 'not-needed' });
    const askYourAdministrator = progressOf(walk(start, answer('userType', 'not-sure'), answer('createdAccount', 'no'), answer('signInMethod', 'none-of-these')));
    expect(askYourAdministrator?.phase).toBe('who');
    expect(Object.values(askYourAdministrator?.statuses ?? {}).filter((status) => status !== 'current')).toEqual(['not-needed', 'not-needed', 'not-needed', 'not-needed']);
  });
});
