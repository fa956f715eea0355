import { act, screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { signOutOf } from '../../src/content/places/place-steps';
import { renderAt } from '../support/render-app';
import { at } from '../support/addresses';

const today = () => new Date().toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric' });

describe('what a printed screen says (shown on paper only)', () => {
  it('a step says, after its steps, how to know each procedure worked, in the check’s own words', async () => {
    await renderAt(at.identityCenterUser.bothOneStep1);
    const region = screen.getByRole('region', { name: 'How to know it worked' });
    expect(region).toHaveTextContent('This is how you know you are signed out:');
    const items = within(region).getAllByRole('listitem');
    const [console, portal] = (['console', 'access-portal'] as const).map((place) => signOutOf(place, { userType: 'identity-center-user', sessions: 'one' }));
    expect(items.map((item) => item.textContent)).toEqual([`${console!.title}: ${console!.success.text}`, `${portal!.title}: ${portal!.success.text}`]);
  });

  it('every screen after the start says the full address it was printed from, and the day', async () => {
    await renderAt(at.iamUser.oneCheck);
    expect(screen.getByText(`Printed from http://localhost:3000${at.iamUser.oneCheck} on ${today()}.`)).toBeInTheDocument();
  });

  it('the day is read again as the page is printed, so a tab left open prints the day it is printed', async () => {
    await renderAt(at.iamUser.oneDone);
    vi.useFakeTimers({ toFake: ['Date'] });
    try {
      vi.setSystemTime(new Date('2027-01-15T12:00:00'));
      act(() => {
        window.dispatchEvent(new Event('beforeprint'));
      });
      expect(screen.getByText(/^Printed from/)).toHaveTextContent('on 15 January 2027.');
    } finally {
      vi.useRealTimers();
    }
  });

  it('only steps carry the checklist’s ending; the check shows it on screen instead', async () => {
    await renderAt(at.iamUser.oneCheck);
    expect(screen.queryByRole('region', { name: 'How to know it worked' })).not.toBeInTheDocument();
  });
});
