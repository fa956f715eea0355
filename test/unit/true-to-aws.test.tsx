import { cleanup, screen, within } from '@testing-library/react';
import { userEvent } from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { doneScreen, pageWords, sourceLinks } from '../../src/content/screens';
import { sources, type SourceId } from '../../src/content/sources';
import { renderAt } from '../support/render-app';

/** Opens another address in the same test: the screen before it goes. */
const renderAgain = (address: string) => {
  cleanup();
  return renderAt(address);
};

// What a person reads, held to what AWS's pages say (the second audit, 2026-12): no more, no less.

const heading = () => screen.getByRole('heading', { level: 1 });
const sourceLink = (id: SourceId) =>
  within(screen.getByRole('region', { name: sourceLinks.heading })).queryByRole('link', { name: sources[id].title });
const picture = () => screen.getByRole('img');
const radio = (name: string | RegExp) => screen.getByRole('radio', { name });
/** What "More about these answers" says of one answer, once the person opens it. */
const moreAbout = async (label: string) => {
  await userEvent.click(screen.getByText(pageWords.moreAboutAnswers));
  return shown(new RegExp(`^${label}:`));
};
const box = (name: string) => screen.getByRole('checkbox', { name });
/** A done screen's notes past the first two are behind "More about this". */
const openMoreAboutThis = () => userEvent.click(screen.getByText(doneScreen.moreAbout));
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
    expect(radio(/^Project owner or team member/)).toHaveAccessibleDescription('You use projects and AWS Settings.');
    expect(await moreAbout('Project owner or team member \\(the new AWS experience\\)')).toHaveTextContent(/or your AWS Builder ID/);
    expect(shown(/^AWS Builder ID user:/)).toHaveTextContent(/If you use it for projects or AWS Settings, choose project owner or team member instead/);
  });

  it('a project user who signs in with a Builder ID is told so, and offered projects, AWS Settings and the Builder ID tools', async () => {
    const { user } = await renderAt('/not-sure/no/sign-in/');
    expect(radio('With a personal profile, no AWS account needed')).toHaveAccessibleDescription(/not for projects or AWS Settings/);
    await user.click(radio('With my AWS Builder ID, to a project or AWS Settings'));
    await user.click(screen.getByRole('button', { name: 'Continue' }));
    expect(heading()).toHaveTextContent('Where do you want to sign out?');
    expect(shown(/with your AWS Builder ID.*you are a project owner or a project team member/)).toBeVisible();
    await user.click(radio('Here, on this device'));
    await user.click(screen.getByRole('button', { name: 'Continue' }));
    expect(heading()).toHaveTextContent('Where are you signed in?');
    for (const place of ['A project, in the AWS Management Console', 'AWS Settings', 'My AWS Builder ID profile', 'Another AWS service I use with my Builder ID']) {
      expect(box(place)).toBeVisible();
    }
  });

  it('several identities may be signed in without the person turning multi-session on', async () => {
    await renderAt('/iam-user/this-browser/console/sessions/');
    expect(radio('Several (multi-session)')).not.toHaveAccessibleDescription(/You turned on/);
    const more = await moreAbout('Several \\(multi-session\\)');
    expect(more).toBeVisible();
    expect(more).toHaveTextContent(/signing in to a project or with a Builder ID turns it on/);
  });

  it('deleting all sessions from AWS Settings does not claim to sign out project consoles', async () => {
    await renderAt('/project-user/elsewhere/check/');
    notShown(/across all your devices/);
    expect(shown(/You are signed out of AWS Settings/)).toHaveTextContent(/AWS doesn’t say whether/);
  });
});

describe('each statement from the page that says it', () => {
  it('the Builder ID profile’s Security page is found without a side named', async () => {
    await renderAt('/builder-id/elsewhere/steps/1/');
    expect(shown(/choose Security/i)).not.toHaveTextContent(/on the left/);
    expect(picture()).not.toHaveAccessibleName(/on the left/);
    for (const address of ['/builder-id/this-browser/builder-id-profile/steps/1/', '/builder-id/this-browser/builder-id-profile/steps/2/', '/builder-id/elsewhere/steps/2/']) {
      await renderAgain(address);
      expect(picture()).not.toHaveAccessibleName(/on the left/);
    }
  });

  it('AWS Support is named for a root user from the sign-in troubleshooting page, as a hedge', async () => {
    await renderAt('/root-user/elsewhere/who-can-help/');
    expect(shown(/create a case with AWS Support/)).toHaveTextContent(/\bmay\b/);
    expect(sourceLink('TROUBLE-SIGNIN')).toBeVisible();
  });

  it('the Builder ID tools are those AWS names for Builder ID', async () => {
    await renderAt('/builder-id/this-browser/portal/');
    expect(box('Another AWS service I use with my Builder ID')).not.toHaveAccessibleDescription(/CodeCatalyst/);
    expect(box('Another AWS service I use with my Builder ID')).toHaveAccessibleDescription(/AWS Builder Center/);
  });

  it('the IAM user’s account ID or alias comes from the sign-in URL page', async () => {
    await renderAt('/not-sure/no/account-id-and-user-name/identified/');
    expect(sourceLink('URLS')).toBeVisible();
  });

  it('a tool’s sign-out says only what AWS says about the profile', async () => {
    await renderAt('/builder-id/this-browser/builder-id-tool/not-signed-out/');
    notShown(/does not sign you out of your profile/);
    expect(shown(/Your profile has its own sign-out/)).toBeVisible();
  });

  it('another browser is not said to be outside the steps, on the strength of multi-session', async () => {
    await renderAt('/iam-user/this-browser/console/one/not-signed-out/');
    notShown(/These steps are for the browser you used/);
    expect(shown(/AWS’s steps sign you out in the browser you follow them in/)).toBeVisible();
  });

  it('AWS Settings’ Sign Out and Manage security and sign-in are not drawn in one pane', async () => {
    await renderAt('/project-user/this-browser/aws-settings/steps/1/');
    expect(picture()).not.toHaveAccessibleName(/Manage security and sign-in/);
    await renderAgain('/project-user/elsewhere/steps/1/');
    expect(picture()).not.toHaveAccessibleName(/Sign Out/);
    expect(picture()).toHaveAccessibleName(/main navigation pane/);
  });
});

describe('names and words as AWS prints them', () => {
  it('the Builder ID profile’s section is “Profile”', async () => {
    await renderAt('/builder-id/this-browser/builder-id-profile/steps/1/');
    expect(picture()).not.toHaveAccessibleName(/Profile information/);
    expect(picture()).toHaveAccessibleName(/“Profile” and “Contact information”/);
  });

  it('the AWS Settings path says the button may read “Delete all active sessions”, and that delete all may be typed', async () => {
    const { user } = await renderAt('/project-user/elsewhere/steps/2/');
    expect(shown(/under Signed in devices/)).toHaveTextContent(/may read Delete all active sessions/);
    await user.click(screen.getByRole('link', { name: 'Next step' }));
    expect(shown(/confirm your choice/)).toHaveTextContent(/If you’re asked to, type the words delete all/);
  });

  it('console sessions opened from the portal last 1 hour from when they began, not from now', async () => {
    await renderAt('/identity-center-user/this-browser/access-portal/done/');
    notShown(/after 1 hour by default/);
    expect(shown(/by default a session lasts 1 hour from when it began/)).toBeVisible();
  });

  it('the sender of an invitation alone does not make someone an Identity Center user', async () => {
    await renderAt('/not-sure/no/sign-in/');
    const more = await moreAbout('At an AWS access portal address');
    expect(more).toBeVisible();
    expect(more).toHaveTextContent(/also send AWS Builder ID verification emails/);
  });

  it('a federated identity is not called a third-party login, a term AWS also uses for Builder ID', async () => {
    await renderAt('/not-sure/no/sign-on-portal/identified/');
    notShown(/third-party login/);
    expect(shown(/an identity provider outside AWS/)).toBeVisible();
  });
});

describe('what AWS documents and the wizard used to leave out', () => {
  it('portal sign-out leaves CLI role sessions and applications running, and takes no part in SAML single logout', async () => {
    await renderAt('/identity-center-user/this-browser/access-portal/done/');
    await openMoreAboutThis();
    expect(shown(/Console and AWS CLI sessions you opened from the access portal/)).toBeVisible();
    const applications = shown(/Applications you opened from the access portal/);
    expect(applications).toHaveTextContent(/about 30 minutes/);
    expect(applications).toHaveTextContent(/Closing an application signs you out of that application only/);
    expect(shown(/SAML single logout/)).toBeVisible();
  });

  it('a Builder ID user is told to change the password first, before the steps, unless they sign in with Google, Apple, GitHub or Amazon', async () => {
    await renderAt('/builder-id/elsewhere/steps/1/');
    expect(shown(/change your password first/)).toHaveTextContent(/Google, Apple, GitHub or Amazon/);
    await renderAgain('/project-user/elsewhere/steps/1/');
    expect(shown(/change your password first/)).toHaveTextContent(/Update password/);
  });

  it('old IDE entries under “Signed in devices”, and how long tool sessions last', async () => {
    await renderAt('/builder-id/elsewhere/not-signed-out/');
    expect(shown(/still lists sessions from your IDE under Signed in devices/).tagName).toBe('H2');
    expect(shown(/up to 90 days/)).toBeVisible();
    await renderAgain('/builder-id/this-browser/builder-id-tool/done/');
    expect(shown(/30 days/)).toHaveTextContent(/Amazon Q Developer, 90 days/);
  });

  it('a project menu that shows the multi-session options gets a hedged reason', async () => {
    await renderAt('/project-user/this-browser/project/not-signed-out/');
    expect(shown(/The menu under your project name showed Sign out of all sessions/).tagName).toBe('H2');
    expect(shown(/Signing in to a project turns multi-session on/)).toHaveTextContent(/AWS doesn’t say whether the project menu offers/);
  });

  it('a lost phone with the AWS Console Mobile Application, and what an administrator can do', async () => {
    await renderAt('/federated-identity/elsewhere/who-can-help/');
    expect(shown(/AWS Console Mobile Application/)).toHaveTextContent(/deactivating the user .* wiping the phone remotely/);
    expect(shown(/revoke/)).toBeVisible();
    expect(sourceLink('MOBILE-TROUBLE')).toBeVisible();
    expect(sourceLink('IAM-REVOKE')).toBeVisible();
    await renderAgain('/identity-center-user/elsewhere/done/');
    await openMoreAboutThis();
    expect(shown(/AWS Console Mobile Application/)).toBeVisible();
    expect(shown(/revoke/)).toBeVisible();
  });

  it('a project user signing out of the Builder ID profile hears about the tools used with it, and adds them to the checklist', async () => {
    const { user } = await renderAt('/project-user/this-browser/builder-id-profile/done/');
    await user.click(screen.getByRole('link', { name: 'Sign out of the tools you use with Builder ID' }));
    expect(heading()).toHaveTextContent('Sign out in each service you use');
    expect(window.location.pathname).toMatch(/^\/project-user\/this-browser\/builder-id-profile\+builder-id-tool\/steps\/[2-9]\/$/);
  });
});

describe('ending sessions elsewhere', () => {
  it('says to end every session when the person can’t tell which is the device out of reach, as AWS doesn’t say how they differ', async () => {
    await renderAt('/identity-center-user/elsewhere/steps/2/');
    expect(shown(/AWS doesn’t describe how the list tells sessions apart/)).toHaveTextContent(/if you can’t tell which is the device you can’t reach, select them all/);
    // PORTAL-SESSIONS doesn't say whether the list holds the session on this device.
    notShown(/this one included/);
  });
});

describe('switching identity', () => {
  it('signing out of only the current identity starts in that identity’s tab; all of them needs no tab', async () => {
    await renderAt('/iam-user/this-browser/console/several/current/steps/1/');
    expect(shown(/^First go to the browser tab where the identity you want to sign out is open/)).toHaveTextContent(/each identity has its own tab/);
    await renderAgain('/iam-user/this-browser/console/several/all/steps/1/');
    notShown(/browser tab where the identity/);
  });

  it('the console done screen says another identity can be added with “Add session”, without signing out', async () => {
    await renderAt('/iam-user/this-browser/console/one/done/');
    expect(shown(/choose Add session/)).toHaveTextContent(/without signing out/);
  });

  it('is not said where there is no console', async () => {
    await renderAt('/identity-center-user/this-browser/access-portal/done/');
    expect(heading()).toHaveTextContent(/sign-out steps|signed out/);
    notShown(/Add session/);
  });
});
