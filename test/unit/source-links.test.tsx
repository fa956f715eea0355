import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { pageWords, sourceLinks } from '../../src/content/screens';
import { sources } from '../../src/content/sources';
import { renderAt } from '../support/render-app';
import { at } from '../support/addresses';

// That every screen after the start names its sources, by address, is read from every built page (built-pages.test.ts).
describe('the AWS pages a screen comes from', () => {
  it('are linked by their titles in one line at the foot of the page, opening in the same tab without a referrer, with the date they were checked', async () => {
    await renderAt(at.projectUser.awsSettingsStep1);
    const section = screen.getByRole('region', { name: sourceLinks.heading });
    const link = within(section).getByRole('link', { name: sources.GUIDE.title });
    expect(link).toHaveAttribute('href', sources.GUIDE.url);
    expect(link).toHaveAttribute('rel', 'noreferrer');
    expect(link).not.toHaveAttribute('target');
    expect(within(section).getByText(/Last checked against them on \d{1,2} \w+ 20\d\d\./)).toBeVisible();
    const answers = screen.getByRole('region', { name: pageWords.answersHeading });
    expect(answers.compareDocumentPosition(section) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
  });

  it('include the page behind a caveat only where that caveat is shown', async () => {
    await renderAt(at.identityCenterUser.consoleOneDone);
    const section = screen.getByRole('region', { name: sourceLinks.heading });
    expect(within(section).getByRole('link', { name: sources.INTERACTIVE.title })).toBeVisible();
    expect(within(section).queryByRole('link', { name: sources['TROUBLE-NEW'].title })).toBeNull();
  });

  it('are not listed on the start page, which gives no instructions', async () => {
    await renderAt(at.start);
    expect(screen.queryByRole('region', { name: sourceLinks.heading })).toBeNull();
  });
});
