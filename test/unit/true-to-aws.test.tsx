import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderAt } from '../support/render-app';

// What a person reads, held to what AWS's pages say (the second audit, 2026-12): no more, no less.

const heading = () => screen.getByRole('heading', { level: 1 });
const radio = (name: string | RegExp) => screen.getByRole('radio', { name });
/**
 * The innermost paragraph, list item or heading whose text matches, across the names set apart in it
 * (shown without their quotes); the first, where a step's instruction is also in the list of all steps.
 */
const shownAll = (pattern: RegExp) =>
  [...document.querySelectorAll('p, li, h1, h2, h3')].filter(
    (element) => pattern.test(element.textContent ?? '') && ![...element.querySelectorAll('p, li, h2, h3')].some((inner) => pattern.test(inner.textContent ?? '')),
  );
const shown = (pattern: RegExp) => {
  const found = shownAll(pattern);
  expect(found, `nothing shown matches ${pattern}`).not.toEqual([]);
  return found[0]!;
};
const notShown = (pattern: RegExp) => expect(shownAll(pattern)).toEqual([]);

describe('nothing said beyond what AWS says', () => {
  it('the elsewhere done screen does not say every session is ended', async () => {
    await renderAt('/identity-center-user/elsewhere/done/');
    expect(heading()).not.toHaveTextContent(/are ended/);
    expect(heading()).toHaveTextContent('You’ve done the steps for your other devices');
  });

  it('the portal’s Security page is offered for portal sessions only, not console or CLI ones', async () => {
    await renderAt('/identity-center-user/this-browser/access-portal/done/');
    expect(shown(/end your access portal sessions there from the access portal’s Security page/)).toHaveTextContent(
      /That doesn’t end console or AWS CLI sessions already open there/,
    );
  });

  it('a project user may sign in with a Builder ID, not only Google, GitHub, Apple or Amazon', async () => {
    await renderAt('/user-type/');
    expect(radio(/^Project owner or team member/)).toHaveAccessibleDescription(/or your AWS Builder ID/);
    expect(radio('AWS Builder ID user')).toHaveAccessibleDescription(/If you use it for projects or AWS Settings, choose project owner or team member instead/);
  });

  it('a project user who signs in with a Builder ID is told so, and offered projects, AWS Settings and the Builder ID tools', async () => {
    const { user } = await renderAt('/not-sure/no/sign-in/');
    expect(radio('With a personal profile, no AWS account needed')).toHaveAccessibleDescription(/not for projects or AWS Settings/);
    await user.click(radio('With my AWS Builder ID, to a project or AWS Settings'));
    await user.click(screen.getByRole('button', { name: 'Continue' }));
    expect(heading()).toHaveTextContent('You are a project owner or team member in the new AWS experience');
    expect(shown(/with your AWS Builder ID/)).toBeVisible();
    await user.click(screen.getByRole('link', { name: 'Continue' }));
    await user.click(radio('Here, in this browser'));
    await user.click(screen.getByRole('button', { name: 'Continue' }));
    expect(heading()).toHaveTextContent('Where are you signed in?');
    for (const place of ['A project, in the AWS Management Console', 'AWS Settings', 'My AWS Builder ID profile', 'An AWS tool I use with my Builder ID']) {
      expect(radio(place)).toBeVisible();
    }
  });

  it('several identities may be signed in without the person turning multi-session on', async () => {
    await renderAt('/iam-user/this-browser/console/sessions/');
    expect(radio('Several (multi-session)')).not.toHaveAccessibleDescription(/You turned on/);
    expect(radio('Several (multi-session)')).toHaveAccessibleDescription(/signing in to a project or with a Builder ID turns it on/);
  });

  it('deleting all sessions from AWS Settings does not claim to sign out project consoles', async () => {
    await renderAt('/project-user/elsewhere/check/');
    notShown(/across all your devices/);
    expect(shown(/You are signed out of AWS Settings/)).toHaveTextContent(/AWS doesn’t say whether/);
  });
});
