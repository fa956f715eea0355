import { describe, expect, it } from 'vitest';
import type { WizardEvent } from '../../src/flow/wizard-events';
import { answer, elsewhere, here, screenName, start, walk } from '../support/walk';

const back: WizardEvent = { type: 'nav.back' };
const change = (question: 'userType' | 'whereToSignOut' | 'places' | 'sessions' | 'whichSessions' | 'createdAccount'): WizardEvent => ({
  type: 'answer.change',
  question,
});

describe('back', () => {
  it.each<[string, WizardEvent[], string]>([
    ['user type returns to start', [start], 'start'],
    ['here or elsewhere returns to the user type', [start, answer('userType', 'iam-user')], 'question:userType'],
    ['an IAM user’s sessions question returns to where they are signed in', [start, answer('userType', 'iam-user'), here, answer('places', 'console')], 'question:places'],
    ['who can help returns to here or elsewhere', [start, answer('userType', 'root-user'), elsewhere], 'question:whereToSignOut'],
    ['the first step elsewhere returns to here or elsewhere', [start, answer('userType', 'builder-id'), elsewhere], 'question:whereToSignOut'],
    ['an Identity Center user’s sessions question returns to the portal question', [start, answer('userType', 'identity-center-user'), here, answer('places', 'console')], 'question:places'],
    ['the first step returns to the last question asked', [start, answer('userType', 'iam-user'), here, answer('places', 'console'), answer('sessions', 'several'), answer('whichSessions', 'all')], 'question:whichSessions'],
    ['the first portal step returns to the portal question', [start, answer('userType', 'identity-center-user'), here, answer('places', 'access-portal')], 'question:places'],
    ['the second step returns to the first', [start, answer('userType', 'iam-user'), here, answer('places', 'console'), answer('sessions', 'one'), { type: 'step.next' }], 'step 1 of 2'],
    ['the confirmation returns to the last step', [start, answer('userType', 'builder-id'), here, answer('places', 'builder-id-tool'), { type: 'step.next' }], 'step 1 of 1'],
    ['here or elsewhere after “I’m not sure” returns to how they sign in, the question that settled it', [start, answer('userType', 'not-sure'), answer('createdAccount', 'no'), answer('signInMethod', 'personal-profile')], 'question:signInMethod'],
    ['a root user found by “I’m not sure” goes back from where they are signed in to here or elsewhere', [start, answer('userType', 'not-sure'), answer('createdAccount', 'yes'), here], 'question:whereToSignOut'],
    ['here or elsewhere after the account’s own email returns to that question', [start, answer('userType', 'not-sure'), answer('createdAccount', 'yes')], 'question:createdAccount'],
  ])('%s', (_, events, expected) => {
    expect(screenName(walk(...events, back))).toBe(expected);
  });

  it('keeps the answers given, so the question shows what was chosen', () => {
    const snapshot = walk(start, answer('userType', 'iam-user'), here, answer('places', 'console'), answer('sessions', 'one'), back, back);
    expect(screenName(snapshot)).toBe('question:places');
    expect(snapshot.context.given).toEqual({ userType: 'iam-user', whereToSignOut: 'this-browser', places: 'console', sessions: 'one' });
  });
});

describe('changing an earlier answer', () => {
  const iamAllSessions = [
    start,
    answer('userType', 'iam-user'),
    here,
    answer('places', 'console'),
    answer('sessions', 'several'),
    answer('whichSessions', 'all'),
  ];

  it('goes to that question with the other answers kept', () => {
    const snapshot = walk(...iamAllSessions, change('sessions'));
    expect(screenName(snapshot)).toBe('question:sessions');
    expect(snapshot.context.given.whichSessions).toBe('all');
  });

  it('keeps later answers that still apply: a federated identity also signs out of the console', () => {
    const snapshot = walk(...iamAllSessions, change('userType'), answer('userType', 'federated-identity'));
    expect(snapshot.context.given).toEqual({
      userType: 'federated-identity',
      whereToSignOut: 'this-browser',
      places: 'console',
      sessions: 'several',
      whichSessions: 'all',
    });
    expect(screenName(snapshot)).toBe('question:whereToSignOut');
  });

  it('drops later answers that no longer apply: a Builder ID user has no console sessions', () => {
    const snapshot = walk(...iamAllSessions, change('userType'), answer('userType', 'builder-id'));
    expect(snapshot.context.given).toEqual({ userType: 'builder-id', whereToSignOut: 'this-browser' });
    expect(screenName(snapshot)).toBe('question:whereToSignOut');
  });

  it('drops where they are signed in when the sessions to end are elsewhere', () => {
    const snapshot = walk(...iamAllSessions, change('userType'), answer('userType', 'identity-center-user'), change('whereToSignOut'), elsewhere);
    expect(snapshot.context.given).toEqual({ userType: 'identity-center-user', whereToSignOut: 'elsewhere' });
    expect(screenName(snapshot)).toBe('step 1 of 3');
  });

  it('drops which sessions when there is only one', () => {
    const snapshot = walk(...iamAllSessions, change('sessions'), answer('sessions', 'one'));
    expect(snapshot.context.given.whichSessions).toBeUndefined();
    expect(screenName(snapshot)).toBe('step 1 of 2');
  });

  it('is refused for a question that was never asked', () => {
    const snapshot = walk(...iamAllSessions, change('createdAccount'));
    expect(screenName(snapshot)).toBe('step 1 of 2');
  });

  it('starts the steps again from the first', () => {
    const snapshot = walk(...iamAllSessions, { type: 'step.next' }, change('whichSessions'), answer('whichSessions', 'current'));
    expect(screenName(snapshot)).toBe('step 1 of 2');
  });
});

describe('start again', () => {
  it('returns to the start page with every answer forgotten', () => {
    const snapshot = walk(start, answer('userType', 'iam-user'), here, answer('places', 'console'), answer('sessions', 'one'), { type: 'wizard.restart' });
    expect(screenName(snapshot)).toBe('start');
    expect(snapshot.context.given).toEqual({});
  });
});
