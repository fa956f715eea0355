import { describe, expect, it } from 'vitest';
import { pathOf } from '../../src/address/address';
import { historyMove } from '../../src/address/history-move';
import { answer, here, start, walk } from '../support/walk';
import { at } from '../support/addresses';

const atSessions = walk(start, answer('userType', 'identity-center-user'), here, answer('places', 'console'));

describe('the browser’s Back or Forward', () => {
  it('asks nothing when only the fragment changed, as a link within the page does', () => {
    expect(historyMove(atSessions, pathOf(atSessions))).toBeUndefined();
  });

  it('uses the wizard’s own Back when it lands on the screen before, keeping the answer chosen there', () => {
    expect(historyMove(atSessions, at.identityCenterUser.places)).toEqual({ events: [{ type: 'nav.back' }], recognised: true });
  });

  it('replays the address from the start when it lands anywhere else', () => {
    const move = historyMove(atSessions, at.iamUser.sessions);
    expect(move?.events).toEqual([{ type: 'wizard.restart' }, start, answer('userType', 'iam-user'), here, answer('places', 'console')]);
    expect(move?.recognised).toBe(true);
  });

  it('says when the address it lands on was only partly understood', () => {
    const move = historyMove(atSessions, '/iam-user/nowhere/');
    expect(move?.recognised).toBe(false);
    expect(move?.events[0]).toEqual({ type: 'wizard.restart' });
  });

});
