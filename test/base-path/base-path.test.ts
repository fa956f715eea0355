import { describe, expect, it } from 'vitest';
import { pathOf, resolvePath } from '../../src/address/address';
import { historyMove } from '../../src/address/history-move';
import { answer, here, screenName, start, walk } from '../support/walk';

// Run with the site built under /sign-out/ (vitest.config.ts), as `vite build --base /sign-out/` does.
describe('under a base path', () => {
  it('every address carries it, and is read back', () => {
    const snapshot = walk(start, answer('userType', 'builder-id'), here);
    expect(pathOf(snapshot)).toBe('/sign-out/builder-id/this-browser/portal/');
    expect(screenName(resolvePath('/sign-out/builder-id/this-browser/portal/').snapshot)).toBe('question:places');
    expect(pathOf(resolvePath('/sign-out').snapshot)).toBe('/sign-out/');
  });

  it('an address outside it is not recognised and opens the start', () => {
    const opened = resolvePath('/builder-id/this-browser/portal/');
    expect(opened.recognised).toBe(false);
    expect(screenName(opened.snapshot)).toBe('start');
  });

  it('the browser’s Back and Forward are read under it', () => {
    const atSessions = walk(start, answer('userType', 'identity-center-user'), here, answer('places', 'console'));
    expect(historyMove(atSessions, '/sign-out/identity-center-user/this-browser/portal/')?.events).toEqual([{ type: 'nav.back' }]);
  });
});
