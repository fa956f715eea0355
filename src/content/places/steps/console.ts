import { chosenUserName, consoleSignedOutPicture, lines, simplifiedMenu, yourUserName, type PictureContent } from '../../pictures';
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
    success: {
      text: 'You are returned to the AWS Management Console webpage.',
      picture: consoleSignedOutPicture,
      source: 'GUIDE',
    },
  };
}

export const steps: PlaceSteps = {
  signOut,
};
