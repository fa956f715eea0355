import { describe, expect, it } from 'vitest';
import { screenModelOf } from '../../src/flow/screen-model';
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
  it('yes goes on as the account root user: here or elsewhere', () => {
    const snapshot = walk(...notSure, answer('createdAccount', 'yes'));
    expect(screenName(snapshot)).toBe('question:whereToSignOut');
  });
  it('no asks how they sign in', () => {
    expect(screenName(walk(...notSure, answer('createdAccount', 'no')))).toBe('question:signInMethod');
  });
});

describe('I’m not sure: how you sign in', () => {
  const asked = [start, answer('userType', 'not-sure'), answer('createdAccount', 'no')];
  it.each([
    ['account-id-and-user-name', 'question:whereToSignOut'],
    ['access-portal', 'question:whereToSignOut'],
    ['sign-on-portal', 'question:whereToSignOut'],
    ['personal-profile', 'question:whereToSignOut'],
    ['none-of-these', 'unidentified'],
  ])('%s leads to %s', (method, next) => {
    expect(screenName(walk(...asked, answer('signInMethod', method)))).toBe(next);
  });
});

const identifiedAs = (...events: Parameters<typeof walk>) => screenName(walk(start, answer('userType', 'not-sure'), ...events));

describe('once “I’m not sure” settles the user type', () => {
  it('a root user signing out here is asked where they are signed in', () => {
    expect(identifiedAs(answer('createdAccount', 'yes'), here)).toBe('question:places');
  });
  it('an Identity Center user signing out here is asked where they are signed in', () => {
    expect(identifiedAs(answer('createdAccount', 'no'), answer('signInMethod', 'access-portal'), here)).toBe('question:places');
  });
});

describe('where to sign out', () => {
  it.each([
    ['root-user', 'AWS Management Console, The AWS CLI, in a terminal'],
    ['iam-user', 'AWS Management Console, The AWS CLI, in a terminal'],
    ['federated-identity', 'AWS Management Console, The AWS CLI, in a terminal'],
    ['identity-center-user', 'AWS Management Console, AWS access portal, My code editor (VS Code, JetBrains, Visual Studio, Kiro), The AWS CLI, in a terminal'],
    ['project-user', 'A project, in the AWS Management Console, AWS Settings, My AWS Builder ID profile, Another AWS service I use with my Builder ID, The AWS CLI, in a terminal'],
    ['builder-id', 'My AWS Builder ID profile, Another AWS service I use with my Builder ID, My code editor (VS Code, JetBrains, Visual Studio, Kiro)'],
  ])('here, %s is asked where they are signed in, with a box for each of: %s', (userType, boxes) => {
    const snapshot = walk(start, answer('userType', userType), here);
    expect(screenName(snapshot)).toBe('question:places');
    const model = screenModelOf(snapshot);
    const labels = model.kind === 'question' ? model.boxes?.options.map((option) => option.label) : [];
    expect(labels?.join(', ')).toBe(boxes);
  });

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

const at = (userType: string, places: string) => walk(start, answer('userType', userType), here, answer('places', places));

describe('places: select all that apply', () => {
  it.each([
    ['root-user', 'console', 'question:sessions'],
    ['root-user', 'cli', 'step 1 of 1'],
    ['identity-center-user', 'console', 'question:sessions'],
    ['identity-center-user', 'access-portal', 'step 1 of 2'],
    ['identity-center-user', 'cli', 'step 1 of 1'],
    ['project-user', 'project', 'step 1 of 2'],
    ['project-user', 'aws-settings', 'step 1 of 1'],
    ['project-user', 'builder-id-profile', 'step 1 of 2'],
    ['project-user', 'cli', 'step 1 of 1'],
    ['builder-id', 'builder-id-profile', 'step 1 of 2'],
    ['builder-id', 'builder-id-tool', 'step 1 of 1'],
  ])('%s ticking only %s goes on to %s', (userType, places, next) => {
    expect(screenName(at(userType, places))).toBe(next);
  });

  it.each([
    ['root-user', 'console+cli', 'question:sessions'],
    ['identity-center-user', 'console+access-portal', 'question:sessions'],
    ['identity-center-user', 'console+cli', 'question:sessions'],
    ['identity-center-user', 'access-portal+cli', 'step 1 of 3'],
    ['project-user', 'project+aws-settings', 'step 1 of 3'],
    ['project-user', 'aws-settings+cli', 'step 1 of 2'],
    ['builder-id', 'builder-id-profile+builder-id-tool', 'step 1 of 3'],
  ])('%s ticking the pair %s goes on to %s, the sessions question asked once when the console is among them', (userType, places, next) => {
    expect(screenName(at(userType, places))).toBe(next);
  });

  it.each([
    ['identity-center-user', 'console+access-portal+cli', 'one', 'step 1 of 5'],
    ['project-user', 'project+aws-settings+builder-id-profile+builder-id-tool+cli', undefined, 'step 1 of 7'],
  ] as const)('%s ticking every box (%s) gets one checklist (identities: %s) from %s', (userType, places, sessions, first) => {
    const snapshot = at(userType, places);
    expect(screenName(sessions ? walk(start, answer('userType', userType), here, answer('places', places), answer('sessions', sessions)) : snapshot)).toBe(first);
  });

  it.each([
    ['builder-id', 'access-portal'],
    ['root-user', 'console+access-portal'],
    ['identity-center-user', 'cli+console'],
    ['identity-center-user', 'console-and-access-portal'],
    ['identity-center-user', ''],
  ])('%s cannot answer %j: the question stays', (userType, places) => {
    expect(screenName(at(userType, places))).toBe('question:places');
  });
});

describe('sessions', () => {
  it.each([
    ['iam-user', [answer('places', 'console')], 'one', 'step 1 of 2'],
    ['iam-user', [answer('places', 'console')], 'several', 'question:whichSessions'],
    ['identity-center-user', [answer('places', 'console+access-portal')], 'one', 'step 1 of 4'],
  ] as const)('%s with %j, %s leads to %s', (userType, earlier, sessions, next) => {
    const snapshot = walk(start, answer('userType', userType), here, ...earlier, answer('sessions', sessions));
    expect(screenName(snapshot)).toBe(next);
  });
});

describe('an answer to a question not on screen', () => {
  it('is ignored, even when it is an answer the person could give there', () => {
    const atWhich = [start, answer('userType', 'iam-user'), here, answer('places', 'console'), answer('sessions', 'several')];
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
      answer('places', 'console'),
      answer('sessions', 'several'),
      answer('whichSessions', which),
    );
    expect(screenName(snapshot)).toBe('step 1 of 2');
  });
});

describe('steps and confirmation', () => {
  const atSteps = [start, answer('userType', 'iam-user'), here, answer('places', 'console'), answer('sessions', 'one')];
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
