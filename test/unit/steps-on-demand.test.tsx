import { screen, waitFor } from '@testing-library/react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { steps as portalSteps } from '../../src/content/places/steps/access-portal';
import { steps as toolSteps } from '../../src/content/places/steps/builder-id-tool';
import { steps as consoleSteps } from '../../src/content/places/steps/console';
import { pageWords } from '../../src/content/screens';
import { at } from '../support/addresses';

/** The app as a page loads it, none of its places' steps loaded: a module registry of its own for each test. */
async function freshApp() {
  const [{ loadPageCode }, { stepsLoaded }, { renderAt }] = await Promise.all([
    import('../../src/app'),
    import('../../src/content/places/place-steps'),
    import('../support/render-app'),
  ]);
  return { loadPageCode, stepsLoaded, renderAt };
}

beforeEach(() => {
  vi.resetModules();
});

describe('a place’s steps, loaded when a screen needs them', () => {
  it('of every place the check’s answer may offer to add start loading while the check is read', async () => {
    const { loadPageCode, stepsLoaded, renderAt } = await freshApp();
    const path = '/identity-center-user/this-browser/editor/check/';
    await loadPageCode(path);
    expect([stepsLoaded(['editor']), stepsLoaded(['console']), stepsLoaded(['access-portal']), stepsLoaded(['cli'])]).toEqual([true, false, false, false]);
    await renderAt(path);
    await waitFor(() => expect(stepsLoaded(['console', 'access-portal', 'cli'])).toBe(true));
  });

  it('are loaded once the person picks the place, so its first step shows, and no other place’s are', async () => {
    const { stepsLoaded, renderAt } = await freshApp();
    const { user } = await renderAt(at.identityCenterUser.places);
    expect(stepsLoaded(['access-portal'])).toBe(false);
    await user.click(screen.getByRole('checkbox', { name: 'AWS access portal' }));
    await user.click(screen.getByRole('button', { name: pageWords.continue }));
    const [first] = portalSteps.signOut({ userType: 'identity-center-user' }).steps;
    await screen.findByRole('heading', { level: 1, name: new RegExp(`${first!.heading}$`) });
    expect(screen.getByRole('heading', { level: 1 })).toHaveFocus();
    expect(window.location.pathname).toBe(at.identityCenterUser.portalStep1);
    // The console's are loaded too: a note on these steps links straight to its first step, after the portal's.
    expect([stepsLoaded(['console']), stepsLoaded(['editor']), stepsLoaded(['cli'])]).toEqual([true, false, false]);
  });

  it('are loaded for an address deep in a checklist of places none loaded, to count the steps before it', async () => {
    const { loadPageCode, stepsLoaded, renderAt } = await freshApp();
    const path = '/builder-id/this-browser/builder-id-profile+builder-id-tool/steps/3/';
    expect(stepsLoaded(['builder-id-profile'])).toBe(false);
    await loadPageCode(path);
    await renderAt(path);
    expect(window.location.pathname).toBe(path);
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent(toolSteps.signOut({ userType: 'builder-id' }).steps[0]!.heading);
    expect(stepsLoaded(['editor'])).toBe(false);
  });

  it('are loaded with the code of a step’s address before it is drawn, and only its place’s', async () => {
    const { loadPageCode, stepsLoaded, renderAt } = await freshApp();
    await loadPageCode(at.iamUser.oneStep2);
    await renderAt(at.iamUser.oneStep2);
    const second = consoleSteps.signOut({ userType: 'iam-user', sessions: 'one' }).steps[1]!;
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent(second.heading);
    expect(stepsLoaded(['cli'])).toBe(false);
  });

  it('of every place the done screen offers to add are loaded with it, for its links straight to their steps', async () => {
    const { loadPageCode, stepsLoaded, renderAt } = await freshApp();
    await loadPageCode(at.iamUser.oneDone);
    await renderAt(at.iamUser.oneDone);
    expect(stepsLoaded(['console', 'cli'])).toBe(true);
    expect(screen.getByRole('link', { name: /the AWS CLI/ })).toHaveAttribute('href', '/iam-user/this-browser/console+cli/one/steps/3/');
  });


  it('are loaded when Back or Forward lands on a step whose steps are not, which then shows', async () => {
    const { stepsLoaded, renderAt } = await freshApp();
    await renderAt(at.identityCenterUser.places);
    window.history.pushState(null, '', at.identityCenterUser.portalStep2);
    window.dispatchEvent(new PopStateEvent('popstate'));
    const second = portalSteps.signOut({ userType: 'identity-center-user' }).steps[1]!;
    await waitFor(() => expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent(second.heading));
    expect(window.location.pathname).toBe(at.identityCenterUser.portalStep2);
    expect(stepsLoaded(['editor'])).toBe(false);
  });
});
