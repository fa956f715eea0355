import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { signOutOf } from '../../src/content/places/place-steps';
import { renderAt } from '../support/render-app';
import { at } from '../support/addresses';

describe('a question', () => {
  it('is a form whose legend is the page heading, with a hint for each option', async () => {
    await renderAt(at.userType);
    const group = screen.getByRole('group', { name: 'What kind of AWS user are you?' });
    expect(within(group).getByRole('heading', { level: 1, name: 'What kind of AWS user are you?' })).toBeVisible();
    expect(within(group).getByRole('radio', { name: 'IAM user' })).toHaveAccessibleDescription(
      'An administrator gave you an account ID or alias, a user name and a password.',
    );
    await expect.poll(() => document.title).toBe('What kind of AWS user are you? – Sign out of AWS');
  });

  it('Continue with nothing chosen shows an error summary, focuses it and marks the title', async () => {
    const { user } = await renderAt(at.userType);
    await user.click(screen.getByRole('button', { name: 'Continue' }));
    const summary = screen.getByRole('heading', { name: 'There is a problem' }).parentElement!;
    expect(summary).toHaveFocus();
    const link = within(summary).getByRole('link', { name: 'Select the kind of AWS user you are, or that you’re not sure' });
    expect(link).toHaveAttribute('href', `#${screen.getByRole('radio', { name: 'Account root user' }).id}`);
    await expect.poll(() => document.title).toBe('Error: What kind of AWS user are you? – Sign out of AWS');
    expect(screen.getByRole('group', { name: 'What kind of AWS user are you?' })).toHaveAccessibleDescription(
      /Error: Select the kind of AWS user you are/,
    );
  });

  it('Continue again with nothing chosen brings focus back to the error summary', async () => {
    const { user } = await renderAt(at.userType);
    const continueButton = screen.getByRole('button', { name: 'Continue' });
    await user.click(continueButton);
    await user.click(continueButton);
    expect(screen.getByRole('heading', { name: 'There is a problem' }).parentElement).toHaveFocus();
  });

  it('an answer moves on, focuses the new heading and changes the title', async () => {
    const { user } = await renderAt(at.userType);
    await user.click(screen.getByRole('radio', { name: 'IAM user' }));
    await user.click(screen.getByRole('button', { name: 'Continue' }));
    const heading = screen.getByRole('heading', { level: 1 });
    expect(heading).toHaveTextContent('Where do you want to sign out?');
    expect(heading).toHaveFocus();
    await expect.poll(() => document.title).toBe('Where do you want to sign out? – Sign out of AWS');
    await expect.poll(() => window.location.pathname).toBe(at.iamUser.whereToSignOut);
  });
});

describe('where are you signed in: select all that apply', () => {
  it('is a group of checkboxes, one for each place of that kind of user, with the hint', async () => {
    await renderAt(at.identityCenterUser.places);
    const group = screen.getByRole('group', { name: 'Where are you signed in?' });
    expect(group).toHaveAccessibleDescription(/Select all that apply\./);
    expect(within(group).getAllByRole('checkbox').map((box) => box.getAttribute('value'))).toEqual(['console', 'access-portal', 'editor', 'cli']);
    expect(within(group).getByRole('checkbox', { name: 'The AWS CLI, in a terminal' })).not.toBeChecked();
    expect(within(group).queryByRole('radio')).not.toBeInTheDocument();
  });

  it('Continue with no box ticked shows the error and stays', async () => {
    const { user } = await renderAt(at.identityCenterUser.places);
    await user.click(screen.getByRole('button', { name: 'Continue' }));
    const summary = screen.getByRole('heading', { name: 'There is a problem' }).parentElement!;
    expect(summary).toHaveFocus();
    expect(within(summary).getByRole('link', { name: 'Select where you are signed in' })).toHaveAttribute(
      'href',
      `#${screen.getByRole('checkbox', { name: 'AWS Management Console' }).id}`,
    );
    expect(window.location.pathname).toBe(at.identityCenterUser.places);
  });

  it('Continue with several ticked goes on to one checklist for all of them, at the set’s address', async () => {
    const { user } = await renderAt(at.identityCenterUser.places);
    await user.click(screen.getByRole('checkbox', { name: 'The AWS CLI, in a terminal' }));
    await user.click(screen.getByRole('checkbox', { name: 'AWS access portal' }));
    await user.click(screen.getByRole('button', { name: 'Continue' }));
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent(/^Step 1 of 3/);
    await expect.poll(() => window.location.pathname).toBe('/identity-center-user/this-browser/access-portal+cli/steps/1/');
    const list = screen.getByRole('region', { name: 'All steps' });
    expect(within(list).getAllByRole('listitem')).toHaveLength(3);
  });

  it('an address from when the console and the portal were one answer opens that set', async () => {
    await renderAt(at.combined.bothOneStep3);
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent(/^Step 3 of 4/);
    await expect.poll(() => window.location.pathname).toBe(at.identityCenterUser.bothOneStep3);
    expect(screen.queryByText(/We didn’t recognise/)).not.toBeInTheDocument();
  });
});

describe('a command step', () => {
  it('shows the command as code, exactly, with its own copy button, and a terminal drawing of it', async () => {
    await renderAt(at.rootUser.cliStep1);
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Step 1 of 1');
    expect(screen.getAllByText('aws logout --all', { selector: 'code' }).length).toBeGreaterThan(0);
    expect(screen.getByRole('button', { name: 'Copy command' })).toBeVisible();
    expect(screen.getByRole('img', { name: /terminal/i })).toBeVisible();
  });
});

describe('the done screen', () => {
  it('offers each place of that kind of user not yet covered, as a link that adds it', async () => {
    const { user } = await renderAt(at.identityCenterUser.portalDone);
    const others = screen.getByRole('region', { name: 'Signed in anywhere else on this device?' });
    expect(within(others).getAllByRole('link').map((link) => link.textContent)).toEqual([
      'Also signed in to the AWS Management Console?',
      'Also signed in to your code editor?',
      'Also signed in to the AWS CLI?',
    ]);
    await user.click(within(others).getByRole('link', { name: 'Also signed in to the AWS CLI?' }));
    await expect.poll(() => window.location.pathname).toBe('/identity-center-user/this-browser/access-portal+cli/steps/3/');
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent(/^Step 3 of 3/);
  });

  it('offers nothing more when every place was covered', async () => {
    await renderAt(at.identityCenterUser.everywhereOneDone);
    expect(screen.queryByRole('region', { name: 'Signed in anywhere else on this device?' })).not.toBeInTheDocument();
  });
});

describe('the answers summary', () => {
  it('names the user type the answers worked out, not “I’m not sure”', async () => {
    await renderAt('/not-sure/no/access-portal/this-browser/portal/');
    const summary = screen.getByRole('region', { name: 'Your answers' });
    expect(within(summary).getByText('IAM Identity Center user (worked out from your answers)')).toBeVisible();
    expect(within(summary).queryByText('I’m not sure')).not.toBeInTheDocument();
  });

  it('lists the answers so far, with a Change link for each question that was asked', async () => {
    await renderAt(at.identityCenterUser.portalStep1);
    const summary = screen.getByRole('region', { name: 'Your answers' });
    expect(within(summary).getByText('IAM Identity Center user')).toBeVisible();
    expect(within(summary).getByText('AWS access portal')).toBeVisible();
    expect(within(summary).getByRole('link', { name: 'Change user type' })).toBeVisible();
    expect(within(summary).getByRole('link', { name: 'Change where to sign out' })).toBeVisible();
    expect(within(summary).getByRole('link', { name: 'Change signed in to' })).toBeVisible();
    expect(within(summary).queryByRole('link', { name: 'Change identities signed in' })).not.toBeInTheDocument();
  });

  it('Change returns to the question with the earlier answer selected', async () => {
    const { user } = await renderAt(at.iamUser.allStep1);
    await user.click(screen.getByRole('link', { name: 'Change identities signed in' }));
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent(
      'How many identities are signed in to the console in this browser?',
    );
    expect(screen.getByRole('radio', { name: 'Several (multi-session)' })).toBeChecked();
    await expect.poll(() => window.location.pathname).toBe(at.iamUser.sessions);
  });
});

describe('the Back link', () => {
  it('sits before the main content and returns to the previous screen with the answer kept', async () => {
    const { user } = await renderAt(at.identityCenterUser.portalStep1);
    const back = screen.getByRole('link', { name: 'Back' });
    expect(back.compareDocumentPosition(screen.getByRole('main')) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    expect(back).toHaveAttribute('href', at.identityCenterUser.places);
    await user.click(back);
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Where are you signed in?');
    expect(screen.getByRole('checkbox', { name: 'AWS access portal' })).toBeChecked();
    expect(screen.getByRole('checkbox', { name: 'AWS Management Console' })).not.toBeChecked();
  });

  it('is not on the start page', async () => {
    await renderAt(at.start);
    expect(screen.queryByRole('link', { name: 'Back' })).not.toBeInTheDocument();
  });
});

describe('steps', () => {
  it('show step N of M, the exact control set apart, and the list of all steps with the current one marked', async () => {
    const { user } = await renderAt(at.iamUser.currentStep1);
    await user.click(screen.getByRole('link', { name: 'Next step' }));
    expect(screen.getByText(/^Step 2 of 2/)).toBeVisible();
    // One progress a screen: the step's place in the checklist, not the wizard's five parts as well.
    expect(screen.queryByText(/^Part \d of 5/)).not.toBeInTheDocument();
    expect(screen.queryByRole('list', { name: 'Progress' })).not.toBeInTheDocument();
    const instruction = screen.getByText(/^A menu opens under your name/, { selector: 'p' });
    expect(within(instruction).getByText('Sign out of current session', { selector: 'strong' })).toBeVisible();
    const list = screen.getByRole('region', { name: 'All steps' });
    expect(within(list).getAllByRole('listitem')).toHaveLength(2);
    expect(within(list).getByText(/Choose “Sign out of current session” in the console/).closest('li')).toHaveAttribute(
      'aria-current',
      'step',
    );
    await user.click(screen.getByRole('link', { name: 'Previous step' }));
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Choose your user name in the console');
  });
});

describe('the confirmation and results', () => {
  it('asks "Are you signed out?" after saying how to know it worked', async () => {
    const { user } = await renderAt(at.identityCenterUser.portalCheck);
    expect(screen.getByText(signOutOf('access-portal', { userType: 'identity-center-user' }).success.text)).toBeVisible();
    await user.click(screen.getByRole('radio', { name: 'No, I’m still signed in' }));
    await user.click(screen.getByRole('button', { name: 'Continue' }));
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Still signed in? Here’s what to check');
    expect(
      screen.getByRole('heading', { name: 'Going back to the access portal signed you in again without asking for your password.' }),
    ).toBeVisible();
  });

  it('done links to the other half of a full sign-out', async () => {
    const { user } = await renderAt(at.identityCenterUser.portalDone);
    await user.click(screen.getByRole('link', { name: 'Sign out of a console you opened from the portal' }));
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('How many identities are signed in to the console in this browser?');
  });

  it('Start again returns to the start page', async () => {
    const { user } = await renderAt(at.iamUser.oneDone);
    await user.click(screen.getByRole('link', { name: 'Start again' }));
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Sign out of AWS');
    await expect.poll(() => window.location.pathname).toBe(at.start);
  });
});

describe('signing out somewhere the person can’t reach', () => {
  it('tells a root user AWS describes no way to do it themselves, who to ask, and how to sign out there later', async () => {
    const { user } = await renderAt(at.rootUser.whoCanHelp);
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('AWS doesn’t describe a way to do this yourself');
    expect(screen.getByText('AWS’s guides don’t describe a way for the account root user to end a session on another device or browser.')).toBeVisible();
    expect(screen.getByText(/you can create a case with AWS Support/)).toBeVisible();
    await user.click(screen.getByRole('link', { name: 'How to sign out there, once you can' }));
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Where are you signed in?');
    await expect.poll(() => window.location.pathname).toBe(at.rootUser.places);
  });

  it('sends an IAM user to their administrator, not to AWS Support', async () => {
    await renderAt(at.iamUser.whoCanHelp);
    expect(screen.getByText(/such as your administrator or help desk/)).toBeVisible();
    expect(screen.queryByText(/AWS Support/)).not.toBeInTheDocument();
  });

  it('asks whether it worked, then says what ending sessions in the portal leaves open', async () => {
    const { user } = await renderAt(at.identityCenterUser.elsewhereCheck);
    expect(screen.getByText(/A green notification message appears/)).toBeVisible();
    await user.click(screen.getByRole('radio', { name: 'Yes, it worked' }));
    await user.click(screen.getByRole('button', { name: 'Continue' }));
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('You’ve done the steps for your other devices and browsers');
    expect(screen.getByText(/doesn’t end console or AWS CLI sessions that are already open/)).toBeVisible();
  });
});

describe('a broken link', () => {
  it('shows a notice naming where it took the person, and the canonical address', async () => {
    await renderAt(at.broken.rootUserAtAccessPortal);
    expect(screen.getByText(/We didn’t recognise/).closest('[role=status]')).toHaveTextContent(
      'We didn’t recognise all of that link, so we’ve taken you to the nearest step we could: the one below.',
    );
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Where are you signed in?');
    await expect.poll(() => window.location.pathname).toBe(at.rootUser.places);
  });

  it('renders address text as text, never as markup', async () => {
    await renderAt('/%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E/');
    expect(document.querySelector('img')).toBeNull();
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('What kind of AWS user are you?');
  });
});
