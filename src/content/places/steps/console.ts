import { signOutHere } from '../../follow-ups';
import { chosenUserName, lines, returnedToTheConsole, simplifiedMenu, yourUserName, type PictureContent } from '../../pictures';
import type { ProcedureContent, StepTarget } from '../../procedure';
import type { PlaceSteps, SessionsAnswers } from '../place';

/** The console's sign-out options differ with how many identities are signed in (GUIDE). */
export type ConsoleSignOutOption = 'Sign out' | 'Sign out of all sessions' | 'Sign out of current session';

const optionWords: Record<ConsoleSignOutOption, string> = {
  'Sign out': 'With only one identity signed in, the menu offers this single sign-out option.',
  'Sign out of all sessions': 'This signs out every identity in this browser at the same time.',
  'Sign out of current session': 'This signs out only the identity that is selected now. The others stay signed in.',
};

function signOutOption({ sessions, whichSessions }: SessionsAnswers): ConsoleSignOutOption {
  if (sessions !== 'several') return 'Sign out';
  return whichSessions === 'current' ? 'Sign out of current session' : 'Sign out of all sessions';
}

const yourUserNameTarget: StepTarget = { kind: 'described', text: 'your user name' };

const userNamePicture: PictureContent = {
  alt: 'Drawing of the top of the AWS Management Console: the navigation bar, with your user name at the upper right marked as the one to choose.',
  caption: 'Simplified drawing, not a screenshot. Your own account name or IAM user name is shown in its place.',
  bar: 'dark',
  barItems: [chosenUserName],
  page: lines(4),
  source: 'GUIDE',
};

/** The console's menu: identities as generic rows when several are signed in (MULTI). */
function menuPicture(option: ConsoleSignOutOption): PictureContent {
  const severalIdentities = option !== 'Sign out';
  const identities = severalIdentities
    ? 'It lists your signed-in identities, drawn here as Identity 1 and Identity 2, and includes “Add session”'
    : 'Its other entries are drawn as blank lines';
  return {
    alt: `Drawing of the AWS Management Console with the menu under your user name open. ${identities}; “${option}” is marked as the one to choose.`,
    caption: severalIdentities ? `${simplifiedMenu} It shows your identities in its own way.` : simplifiedMenu,
    bar: 'dark',
    barItems: [yourUserName],
    menu: [
      ...(severalIdentities ? [{ text: 'Identity 1' }, { text: 'Identity 2' }, { text: 'Add session' }] : []),
      ...lines(3),
      { text: option, mark: 'choose' },
    ],
    page: lines(6),
    source: 'GUIDE',
    ...(severalIdentities && { alsoFrom: ['MULTI'] as const }),
  };
}

/** Only the current identity: each identity has its own tab (MULTI), so the person starts in the one to sign out. */
const inItsTab = 'First go to the browser tab where the identity you want to sign out is open: with multi-session, each identity has its own tab. ';

function signOut(answers: SessionsAnswers): ProcedureContent {
  const option = signOutOption(answers);
  const onlyCurrent = option === 'Sign out of current session';
  return {
    id: 'console',
    title: 'Sign out of the AWS Management Console',
    steps: [
      {
        heading: 'Choose your user name in the console',
        instruction: `${onlyCurrent ? inItsTab : ''}In the AWS Management Console, look at the navigation bar at the top of the page. Your account name or IAM user name is shown at the upper right. Choose it.`,
        target: yourUserNameTarget,
        picture: userNamePicture,
        source: 'GUIDE',
        ...(onlyCurrent && { alsoFrom: ['MULTI'] as const }),
      },
      {
        heading: `Choose “${option}” in the console`,
        instruction: `A menu opens under your name. Choose “${option}”. ${optionWords[option]}`,
        target: { kind: 'control', label: option },
        picture: menuPicture(option),
        source: 'GUIDE',
      },
    ],
    success: returnedToTheConsole,
  };
}

export const steps: PlaceSteps = {
  notes: [
    {
      id: 'menu-showed-session-options',
      scope: { sessions: ['one'] },
      stillSignedIn: {
        symptom: 'The menu showed “Sign out of all sessions” and “Sign out of current session”, not “Sign out”.',
        fix: 'These options appear when more than one identity is signed in to this browser (multi-session). Change your answer to several identities, then choose which ones to sign out.',
        changeAnswer: { question: 'sessions', label: 'Change how many identities are signed in' },
      },
      source: 'GUIDE',
    },
    {
      id: 'other-identities-still-signed-in',
      somethingStays: true,
      scope: { sessions: ['several'], whichSessions: ['current'] },
      afterwards:
        'The other identities in this browser are still signed in, each in its own tab. To sign them all out at once, choose “Sign out of all sessions”.',
      stillSignedIn: {
        symptom: 'Other tabs still show the console signed in.',
        fix: 'Choosing “Sign out of current session” signs out only the selected identity. Choose “Sign out of all sessions” to sign out every identity in this browser.',
        changeAnswer: { question: 'whichSessions', label: 'Change which identities to sign out' },
      },
      source: 'MULTI',
      alsoFrom: ['GUIDE'],
    },
    {
      id: 'portal-still-signed-in',
      somethingStays: true,
      scope: { userTypes: ['identity-center-user'], notPlaces: ['access-portal'] },
      afterwards:
        'The AWS access portal has its own session, separate from your console sessions. To sign out fully, sign out of the portal too. A portal session lasts 8 hours by default; your administrator can set anything from 15 minutes to 90 days.',
      stillSignedIn: {
        symptom: 'You are still signed in to the access portal, and can open the console from it again.',
        fix: 'The access portal has its own session, separate from your console sessions. Sign out of the portal too.',
      },
      followUp: signOutHere('Sign out of the access portal', 'identity-center-user', 'access-portal'),
      source: 'INTERACTIVE',
      alsoFrom: ['AUTHSESSIONS'],
    },
    {
      id: 'switch-identity',
      scope: { userTypes: ['root-user', 'iam-user'] },
      afterwards:
        'Signing out only to switch to another identity? With multi-session turned on, you can add another identity without signing out: choose “Add session” in the menu under your user name, then “Sign in”. Up to five identities can be signed in at once in one browser, each in its own tab. To turn it on, choose “Turn on multi-session” in that menu.',
      source: 'MULTI',
    },
    {
      id: 'switch-role',
      scope: { userTypes: ['identity-center-user', 'federated-identity'] },
      afterwards:
        'Signing out only to switch to another role? With multi-session turned on, up to five identities can be signed in at once in one browser, each in its own tab: sign in to the other role from your access portal or your sign-on portal. To turn it on, choose “Turn on multi-session” in the menu under your user name.',
      source: 'MULTI',
    },
    {
      id: 'other-browser',
      stillSignedIn: {
        symptom: 'Another browser or device still shows the console signed in.',
        fix: 'AWS’s steps sign you out in the browser you follow them in, and don’t say they reach any other. To be safe, sign out the same way in each browser and on each device you signed in with.',
      },
      source: 'GUIDE',
    },
  ],
  signOut,
};
