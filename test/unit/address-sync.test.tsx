import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderAt } from '../support/render-app';
import { at } from '../support/addresses';

/** On the user-type question with IAM user chosen, one screen after the start page in the history. */
async function aboutToContinue() {
  window.history.replaceState(null, '', at.start);
  window.history.pushState(null, '', at.userType);
  const { user } = await renderAt(at.userType);
  await user.click(screen.getByRole('radio', { name: 'IAM user' }));
  return { user, continueButton: screen.getByRole('button', { name: 'Continue' }) };
}

describe('the address after a move', () => {
  it('is the new screen’s, with its title, as soon as the screen shows', async () => {
    const { user, continueButton } = await aboutToContinue();
    await user.click(continueButton);
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Where do you want to sign out?');
    expect(window.location.pathname).toBe(at.iamUser.whereToSignOut);
    expect(document.title).toBe('Where do you want to sign out? – Sign out of AWS');
  });

  it('is in the history at once, so Back right after a Continue goes back one screen, not off the site', async () => {
    const { user, continueButton } = await aboutToContinue();
    await user.click(continueButton);
    window.history.back();
    await screen.findByRole('radio', { name: 'IAM user' });
    expect(window.location.pathname).toBe(at.userType);
  });
});
