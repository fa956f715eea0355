import { fireEvent, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { skipLink } from '../../src/content/site';
import { renderAt } from '../support/render-app';
import { at } from '../support/addresses';

const oneFrame = () => vi.advanceTimersByTime(20);

/** On the user-type question with IAM user chosen, one screen after the start page in the history. */
async function aboutToContinue() {
  window.history.replaceState(null, '', at.start);
  window.history.pushState(null, '', at.userType);
  const { user } = await renderAt(at.userType);
  await user.click(screen.getByRole('radio', { name: 'IAM user' }));
  vi.useFakeTimers({ toFake: ['requestAnimationFrame', 'cancelAnimationFrame', 'setTimeout', 'clearTimeout'] });
  return { continueButton: screen.getByRole('button', { name: 'Continue' }) };
}

afterEach(() => {
  vi.useRealTimers();
});

describe('the address after a move', () => {
  it('follows the new screen once it is painted, not in the click’s own frame', async () => {
    const { continueButton } = await aboutToContinue();
    fireEvent.click(continueButton);
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Where do you want to sign out?');
    expect(window.location.pathname).toBe(at.userType);
    oneFrame();
    expect(window.location.pathname).toBe(at.iamUser.whereToSignOut);
    expect(document.title).toBe('Where do you want to sign out? – Sign out of AWS');
  });

  it('is in the history before the next key or press, so Alt+Left goes back one screen', async () => {
    const { continueButton } = await aboutToContinue();
    fireEvent.click(continueButton);
    fireEvent.keyDown(document.body, { key: 'ArrowLeft', altKey: true });
    expect(window.location.pathname).toBe(at.iamUser.whereToSignOut);
    fireEvent.pointerDown(document.body);
    oneFrame();
    expect(window.history.length).toBeGreaterThanOrEqual(3);
    expect(window.location.pathname).toBe(at.iamUser.whereToSignOut);
  });

  it('is in the history before a click of any kind, so a link within the page keeps the new screen', async () => {
    const { continueButton } = await aboutToContinue();
    fireEvent.click(continueButton);
    fireEvent.click(screen.getByRole('link', { name: skipLink }));
    expect(window.location.pathname).toBe(at.iamUser.whereToSignOut);
    oneFrame();
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Where do you want to sign out?');
  });

  it('is not pushed after a Back that arrived first: the screen and the address stay in step', async () => {
    const { continueButton } = await aboutToContinue();
    fireEvent.click(continueButton);
    window.history.back();
    await vi.waitFor(() => expect(window.location.pathname).toBe(at.start), { interval: 5 });
    await vi.waitFor(() => expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Sign out of AWS'), { interval: 5 });
    oneFrame();
    oneFrame();
    expect(window.location.pathname).toBe(at.start);
  });
});
