import { describe, expect, it } from 'vitest';
import { answer, elsewhere, here, screenName, start, walk } from '../support/walk';

// Organised by question, as GOV.UK Smart Answers does: given earlier answers, each answer's next screen.
describe('start', () => {
  it('"Start now" asks for the user type', () => {
    expect(screenName(walk(start))).toBe('question:userType');
  });
});

describe('user type', () => {
  it.each([
    ['root-user', 'question:whereToSignOut'],
    ['iam-user', 'question:whereToSignOut'],
    ['federated-identity', 'question:whereToSignOut'],
    ['identity-center-user', 'question:whereToSignOut'],
    ['project-user', 'question:whereToSignOut'],
    ['builder-id', 'question:whereToSignOut'],
    ['not-sure', 'question:createdAccount'],
  ])('%s leads to %s', (userType, next) => {
    expect(screenName(walk(start, answer('userType', userType)))).toBe(next);
  });

  it('ignores an answer that is not one of its options', () => {
    expect(screenName(walk(start, answer('userType', 'admin')))).toBe('question:userType');
  });
});

describe('I’m not sure: created the account', () => {
  const notSure = [start, answer('userType', 'not-sure')];
  it('yes names the account root user', () => {
    const snapshot = walk(...notSure, answer('createdAccount', 'yes'));
    expect(screenName(snapshot)).toBe('identified');
  });
  it('no asks how they sign in', () => {
    expect(screenName(walk(...notSure, answer('createdAccount', 'no')))).toBe('question:signInMethod');
  });
});

describe('I’m not sure: how you sign in', () => {
  const asked = [start, answer('userType', 'not-sure'), answer('createdAccount', 'no')];
  it.each([
    ['account-id-and-user-name', 'identified'],
    ['access-portal', 'identified'],
    ['sign-on-portal', 'identified'],
    ['personal-profile', 'identified'],
    ['none-of-these', 'unidentified'],
  ])('%s leads to %s', (method, next) => {
    expect(screenName(walk(...asked, answer('signInMethod', method)))).toBe(next);
  });
});

const identifiedAs = (...events: Parameters<typeof walk>) =>
  screenName(walk(start, answer('userType', 'not-sure'), ...events, { type: 'identification.confirm' }));

describe('identified: Continue', () => {
  it('goes on as a root user: here or elsewhere', () => {
    expect(identifiedAs(answer('createdAccount', 'yes'))).toBe('question:whereToSignOut');
  });
  it('goes on as a root user signing out here: the console is settled, so sessions are next', () => {
    expect(identifiedAs(answer('createdAccount', 'yes'), { type: 'identification.confirm' }, here)).toBe('question:sessions');
  });
  it('goes on as an Identity Center user signing out here: where are you signed in', () => {
    const events = [answer('createdAccount', 'no'), answer('signInMethod', 'access-portal'), { type: 'identification.confirm' } as const, here];
    expect(identifiedAs(...events)).toBe('question:places');
  });
});

describe('where to sign out', () => {
  it.each([
    ['root-user', 'question:sessions'],
    ['iam-user', 'question:sessions'],
    ['federated-identity', 'question:sessions'],
    ['identity-center-user', 'question:places'],
    ['project-user', 'question:places'],
    ['builder-id', 'question:places'],
  ])('here, %s goes on to %s', (userType, next) => {
    expect(screenName(walk(start, answer('userType', userType), here))).toBe(next);
  });

  it.each(['root-user', 'iam-user', 'federated-identity'])(
    'here, records the console for %s without asking, since it is the only place they sign in',
    (userType) => {
      expect(walk(start, answer('userType', userType), here).context.given.places).toBe('console');
    },
  );

  it.each([
    ['root-user', 'noSelfService'],
    ['iam-user', 'noSelfService'],
    ['federated-identity', 'noSelfService'],
    ['identity-center-user', 'step 1 of 3'],
    ['project-user', 'step 1 of 3'],
    ['builder-id', 'step 1 of 3'],
  ])('elsewhere, %s goes on to %s, asking nothing about where they are signed in', (userType, next) => {
    const snapshot = walk(start, answer('userType', userType), elsewhere);
    expect(screenName(snapshot)).toBe(next);
    expect(snapshot.context.given.places).toBeUndefined();
  });

  it('ends at who can help, where the person can only go back', () => {
    expect(screenName(walk(start, answer('userType', 'iam-user'), elsewhere, { type: 'step.next' }))).toBe('noSelfService');
    expect(screenName(walk(start, answer('userType', 'iam-user'), elsewhere, { type: 'nav.back' }))).toBe('question:whereToSignOut');
  });
});

describe('places', () => {
  it.each([
    ['identity-center-user', 'console', 'question:sessions'],
    ['identity-center-user', 'access-portal', 'step 1 of 2'],
    ['identity-center-user', 'console-and-access-portal', 'question:sessions'],
    ['builder-id', 'builder-id-profile', 'step 1 of 2'],
    ['builder-id', 'builder-id-tool', 'step 1 of 1'],
  ])('%s at %s leads to %s', (userType, portal, next) => {
    expect(screenName(walk(start, answer('userType', userType), here, answer('places', portal)))).toBe(next);
  });

  it('does not offer a Builder ID user the access portal', () => {
    const snapshot = walk(start, answer('userType', 'builder-id'), here, answer('places', 'access-portal'));
    expect(screenName(snapshot)).toBe('question:places');
  });
});

describe('sessions', () => {
  it.each([
    ['iam-user', [], 'one', 'step 1 of 2'],
    ['iam-user', [], 'several', 'question:whichSessions'],
    ['identity-center-user', [answer('places', 'console-and-access-portal')], 'one', 'step 1 of 4'],
  ] as const)('%s with %j, %s leads to %s', (userType, earlier, sessions, next) => {
    const snapshot = walk(start, answer('userType', userType), here, ...earlier, answer('sessions', sessions));
    expect(screenName(snapshot)).toBe(next);
  });
});

describe('an answer to a question not on screen', () => {
  it('is ignored, even when it is an answer the person could give there', () => {
    const atWhich = [start, answer('userType', 'iam-user'), here, answer('sessions', 'several')];
    const snapshot = walk(...atWhich, answer('sessions', 'one'));
    expect(screenName(snapshot)).toBe('question:whichSessions');
    expect(snapshot.context.given.sessions).toBe('several');
  });
});

describe('which sessions', () => {
  it.each(['all', 'current'])('%s leads to the first of two console steps', (which) => {
    const snapshot = walk(
      start,
      answer('userType', 'federated-identity'),
      here,
      answer('sessions', 'several'),
      answer('whichSessions', which),
    );
    expect(screenName(snapshot)).toBe('step 1 of 2');
  });
});

describe('steps and confirmation', () => {
  const atSteps = [start, answer('userType', 'iam-user'), here, answer('sessions', 'one')];
  const next = { type: 'step.next' } as const;
  it('Next step moves through the steps, then to the confirmation', () => {
    expect(screenName(walk(...atSteps, next))).toBe('step 2 of 2');
    expect(screenName(walk(...atSteps, next, next))).toBe('confirmation');
  });
  it('Previous step goes back one step and not before the first', () => {
    expect(screenName(walk(...atSteps, next, { type: 'step.previous' }))).toBe('step 1 of 2');
    expect(screenName(walk(...atSteps, { type: 'step.previous' }))).toBe('step 1 of 2');
  });
  it('yes leads to done, no to the reasons you may still be signed in', () => {
    expect(screenName(walk(...atSteps, next, next, { type: 'confirmation.signedOut' }))).toBe('done');
    expect(screenName(walk(...atSteps, next, next, { type: 'confirmation.stillSignedIn' }))).toBe('notSignedOut');
  });
});
