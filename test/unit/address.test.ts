import { describe, expect, it } from 'vitest';
import { pathOf, resolvePath, resolveSegments } from '../../src/address/address';
import { reachableScreens } from '../../src/flow/reachable';
import { answer, here, screenName, start, walk } from '../support/walk';

const screens = reachableScreens();

describe('every reachable screen’s address', () => {
  it('is different for every screen', () => {
    const paths = screens.map((snapshot) => pathOf(snapshot));
    expect(new Set(paths).size).toBe(paths.length);
  });

  it('is made of path segments only, ending with a slash; a set of places joined by +', () => {
    for (const snapshot of screens) expect(pathOf(snapshot)).toMatch(/^\/([a-z0-9-]+(\+[a-z0-9-]+)*\/)*$/);
  });
});

describe('the address contract’s examples', () => {
  it('/iam-user/this-browser/console/several/all/steps/2/ is the second step of signing out of all sessions', () => {
    const snapshot = walk(
      start,
      answer('userType', 'iam-user'),
      here,
      answer('places', 'console'),
      answer('sessions', 'several'),
      answer('whichSessions', 'all'),
      { type: 'step.next' },
    );
    expect(pathOf(snapshot)).toBe('/iam-user/this-browser/console/several/all/steps/2/');
  });
});

describe('a broken link lands on the nearest screen the valid part reaches', () => {
  it.each([
    ['an unknown segment', '/iam-user/this-browser/console/banana/', '/iam-user/this-browser/console/sessions/'],
    ['an impossible combination: a root user at the access portal', '/root-user/this-browser/access-portal/steps/1/', '/root-user/this-browser/portal/'],
    ['a set of places out of order', '/identity-center-user/this-browser/cli+console/sessions/', '/identity-center-user/this-browser/portal/'],
    ['a set with a place not offered', '/iam-user/this-browser/console+access-portal/sessions/', '/iam-user/this-browser/portal/'],
    ['an impossible combination: a root user with steps elsewhere', '/root-user/elsewhere/steps/1/', '/root-user/elsewhere/who-can-help/'],
    ['a step past the last', '/iam-user/this-browser/console/one/steps/9/', '/iam-user/this-browser/console/one/steps/1/'],
    ['step zero', '/iam-user/this-browser/console/one/steps/0/', '/iam-user/this-browser/console/one/steps/1/'],
    ['extra segments after done', '/iam-user/this-browser/console/one/done/more/', '/iam-user/this-browser/console/one/steps/1/'],
    ['a screen name in the wrong place', '/iam-user/user-type/', '/iam-user/here-or-elsewhere/'],
    ['a malformed escape', '/iam-user/%E0%A4%A/', '/iam-user/here-or-elsewhere/'],
    ['an unknown first segment', '/<script>alert(1)</script>/', '/user-type/'],
    ['a path thousands of segments long', `/iam-user${'/x'.repeat(5000)}/`, '/iam-user/here-or-elsewhere/'],
    ['an older address with an unknown segment', '/iam-user/console/banana/', '/iam-user/this-browser/console/sessions/'],
  ])('%s', (_, path, nearest) => {
    const opened = resolvePath(path);
    expect(opened.recognised).toBe(false);
    expect(pathOf(opened.snapshot)).toBe(nearest);
  });

  it.each([
    ['a missing trailing slash', '/iam-user/this-browser/console/one/steps/2', '/iam-user/this-browser/console/one/steps/2/'],
    ['upper case and escapes', '/IAM-User/This-Browser/%63onsole/sessions/', '/iam-user/this-browser/console/sessions/'],
    ['a trailing index.html', '/builder-id/this-browser/portal/index.html', '/builder-id/this-browser/portal/'],
    ['answers without a screen name', '/iam-user/this-browser/console/', '/iam-user/this-browser/console/sessions/'],
    ['an address from before “here or elsewhere” was asked', '/iam-user/console/one/steps/2/', '/iam-user/this-browser/console/one/steps/2/'],
    ['an older question address', '/builder-id/portal/', '/builder-id/this-browser/portal/'],
    ['an older address after “I’m not sure”', '/not-sure/yes/console/sessions/', '/not-sure/yes/this-browser/console/sessions/'],
    ['the console and the portal as one answer, from before several places', '/identity-center-user/this-browser/console-and-access-portal/one/steps/3/', '/identity-center-user/this-browser/console+access-portal/one/steps/3/'],
    ['a project and AWS Settings as one answer, from before several places', '/project-user/this-browser/project-and-aws-settings/done/', '/project-user/this-browser/project+aws-settings/done/'],
    ['a combined answer from before “here or elsewhere”', '/identity-center-user/console-and-access-portal/sessions/', '/identity-center-user/this-browser/console+access-portal/sessions/'],
    ['a + read as a space, as some hosts do', '/identity-center-user/this-browser/console%20access-portal/sessions/', '/identity-center-user/this-browser/console+access-portal/sessions/'],
  ])('%s is understood and made canonical', (_, path, canonical) => {
    const opened = resolvePath(path);
    expect(opened.recognised).toBe(true);
    expect(pathOf(opened.snapshot)).toBe(canonical);
  });

  it('replays through the machine, so its events reach the same screen on a running actor', () => {
    const opened = resolveSegments(['identity-center-user', 'this-browser', 'console+access-portal', 'one', 'steps', '3']);
    expect(screenName(walk(...opened.events))).toBe('step 3 of 4');
  });
});
