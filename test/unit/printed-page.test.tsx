import { act, screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { accessPortalProcedure, consoleProcedure } from '../../src/content/procedures';
import { renderAt } from '../support/render-app';

const today = () => new Date().toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric' });

describe('what a printed screen says (shown on paper only)', () => {
  it('a step says, after its steps, how to know each procedure worked, in the check’s own words', async () => {
    await renderAt('/identity-center-user/this-browser/console-and-access-portal/one/steps/1/');
    const region = screen.getByRole('region', { name: 'How to know it worked' });
    expect(region).toHaveTextContent('This is how you know you are signed out:');
    const items = within(region).getAllByRole('listitem');
    expect(items.map((item) => item.textContent)).toEqual([
      `${consoleProcedure('Sign out').title}: ${consoleProcedure('Sign out').success.text}`,
      `${accessPortalProcedure.title}: ${accessPortalProcedure.success.text}`,
    ]);
  });

  it('every screen after the start says the full address it was printed from, and the day', async () => {
    await renderAt('/iam-user/this-browser/console/one/check/');
    expect(screen.getByText(`Printed from http://localhost:3000/iam-user/this-browser/console/one/check/ on ${today()}.`)).toBeInTheDocument();
  });

  it('the day is read again as the page is printed, so a tab left open prints the day it is printed', async () => {
    await renderAt('/iam-user/this-browser/console/one/done/');
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
    await renderAt('/iam-user/this-browser/console/one/check/');
    expect(screen.queryByRole('region', { name: 'How to know it worked' })).not.toBeInTheDocument();
  });
});
