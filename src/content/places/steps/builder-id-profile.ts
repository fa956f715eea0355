import { signOutHere } from '../../follow-ups';
import type { Note } from '../../notes';
import type { UserType } from '../../user-types/registry';
import type { PlaceId } from '../registry';
import { line, lines, simplified, type DrawnItem, type PictureContent } from '../../pictures';
import type { ProcedureContent } from '../../procedure';
import type { PlaceSteps } from '../place';

const profileNav = (current: DrawnItem): DrawnItem[] => [current, { text: 'Security' }, { text: 'Privacy & data' }];
const profilePage: DrawnItem[] = [
  line,
  { text: 'Profile', as: 'heading' },
  ...lines(2),
  { text: 'Contact information', as: 'heading' },
  ...lines(2),
];

/** AWS doesn't say where the links between the profile's pages sit: drawn at the side, but not said to be there. */
const profileCaption = 'Simplified drawing, not a screenshot: the real page may look different, and AWS doesn’t say where the links to its pages sit.';

const profilePicture: PictureContent = {
  alt: 'Drawing of your AWS Builder ID profile page. Its links to other pages have “My details”, marked as the page you are on, and “Security” and “Privacy & data”. The page has sections such as “Profile” and “Contact information”. “Sign out” is at the top right.',
  caption: profileCaption,
  bar: 'plain',
  barItems: [{ text: 'Sign out' }],
  nav: profileNav({ text: 'My details', as: 'current', mark: 'here' }),
  page: profilePage,
  source: 'GUIDE',
};

const signOutPicture: PictureContent = {
  alt: 'Drawing of your AWS Builder ID profile page, open at “My details”, with links to “Security” and “Privacy & data” too, and sections such as “Profile” and “Contact information”. “Sign out” at the top right is marked as the one to choose.',
  caption: profileCaption,
  bar: 'plain',
  barItems: [{ text: 'Sign out', mark: 'choose' }],
  nav: profileNav({ text: 'My details', as: 'current' }),
  page: profilePage,
  source: 'GUIDE',
};

const signedOutPicture: PictureContent = {
  alt: 'Drawing of a page where your AWS Builder ID profile is no longer shown.',
  caption: simplified,
  bar: 'plain',
  barItems: [],
  page: [{ text: 'Your AWS Builder ID profile is no longer shown', as: 'note' }],
  source: 'GUIDE',
};

const signOut: ProcedureContent = {
  id: 'builder-id-profile',
  title: 'Sign out of your AWS Builder ID profile',
  steps: [
    {
      heading: 'Open your AWS Builder ID profile',
      instruction:
        'Go to your AWS Builder ID profile at https://profile.aws.amazon.com/. When you are signed in there, you arrive at the “My details” page.',
      target: { kind: 'page', label: 'My details' },
      picture: profilePicture,
      source: 'GUIDE',
    },
    {
      heading: 'Choose “Sign out” on your profile page',
      instruction: 'In the top right of your AWS Builder ID profile page, choose “Sign out”.',
      target: { kind: 'control', label: 'Sign out' },
      picture: signOutPicture,
      source: 'GUIDE',
    },
  ],
  success: { text: 'You no longer see your AWS Builder ID profile.', picture: signedOutPicture, source: 'GUIDE' },
};

/** Ending sessions elsewhere: the Builder ID profile's Security page (BUILDERID-SESSIONS). */
const securityPicture: PictureContent = {
  alt: 'Drawing of your AWS Builder ID profile page, open at “My details”, with sections such as “Profile” and “Contact information”. Its links to other pages also have “Security”, marked as the one to choose, and “Privacy & data”.',
  caption: profileCaption,
  bar: 'plain',
  barItems: [],
  nav: [{ text: 'My details', as: 'current' }, { text: 'Security', mark: 'choose' }, { text: 'Privacy & data' }],
  page: profilePage,
  source: 'BUILDERID-SESSIONS',
  alsoFrom: ['GUIDE'],
};

const deleteAllActiveSessionsPicture: PictureContent = {
  alt: 'Drawing of the “Security” page of your AWS Builder ID profile, whose links to other pages also have “My details” and “Privacy & data”. “Delete all active sessions” is marked as the one to choose; the page’s other contents are drawn as blank lines.',
  caption: profileCaption,
  bar: 'plain',
  barItems: [],
  nav: [{ text: 'My details' }, { text: 'Security', as: 'current' }, { text: 'Privacy & data' }],
  page: [...lines(3), { text: 'Delete all active sessions', as: 'button', mark: 'choose' }],
  source: 'BUILDERID-SESSIONS',
  alsoFrom: ['GUIDE'],
};

const deleteAllDialogPicture: PictureContent = {
  alt: 'Drawing of the “Delete all sessions” dialog box over your profile’s “Security” page: “delete all” typed in its field, and the “Delete all sessions” button marked as the one to choose.',
  caption: 'Simplified drawing, not a screenshot: the dialog box’s other words are left blank.',
  bar: 'plain',
  barItems: [],
  page: lines(5),
  dialog: [{ text: 'Delete all sessions', as: 'heading' }, { text: 'delete all', as: 'typed' }, { text: 'Delete all sessions', as: 'button', mark: 'choose' }],
  source: 'BUILDERID-SESSIONS',
};

const deleteAllSessions: ProcedureContent = {
  id: 'builder-id-sessions',
  title: 'Sign out of your AWS Builder ID on every device',
  steps: [
    {
      heading: 'Choose “Security” in your AWS Builder ID profile',
      instruction:
        'On a device you can use now, sign in to your AWS Builder ID profile at https://profile.aws.amazon.com/. If a device you don’t recognise may be signed in, change your password first, then come back to these steps. A Builder ID that signs in with Google, Apple, GitHub or Amazon has no AWS password to change: that login’s own account looks after it. Then choose “Security”: AWS doesn’t say where on the page its link is.',
      target: { kind: 'control', label: 'Security' },
      picture: securityPicture,
      source: 'BUILDERID-SESSIONS',
      alsoFrom: ['GUIDE', 'BUILDERID-PASSWORD'],
    },
    {
      heading: 'Choose “Delete all active sessions”',
      instruction: 'On the “Security” page, choose “Delete all active sessions”.',
      target: { kind: 'control', label: 'Delete all active sessions' },
      picture: deleteAllActiveSessionsPicture,
      source: 'BUILDERID-SESSIONS',
    },
    {
      heading: 'Type delete all, then choose “Delete all sessions”',
      instruction: 'A “Delete all sessions” dialog box opens. Type the words delete all, then choose “Delete all sessions”.',
      target: { kind: 'control', label: 'Delete all sessions' },
      picture: deleteAllDialogPicture,
      source: 'BUILDERID-SESSIONS',
    },
  ],
  success: {
    text: 'AWS doesn’t describe what you see once it’s done. It says that deleting all your sessions signs you out of every device and browser where you signed in with your AWS Builder ID.',
    source: 'BUILDERID-SESSIONS',
  },
};

/** The tools' own sign-outs, with a link to them where they are one place (a Builder ID user's are two, offered on the done screen). */
const toolsSeparate = (id: string, userType: UserType, tools?: PlaceId): Note => ({
  id,
  scope: { userTypes: [userType] },
  afterwards: 'The tools you use with your Builder ID, such as Amazon Q Developer, are signed out of separately, each in the tool itself.',
  stillSignedIn: {
    symptom: 'A tool such as Amazon Q Developer still shows you signed in.',
    fix: 'Each tool is signed out of separately, in the tool itself, apart from your profile. Use that tool’s own sign-out.',
  },
  ...(tools && { followUp: signOutHere('Sign out of the tools you use with Builder ID', userType, tools) }),
  source: 'GUIDE',
});

export const steps: PlaceSteps = {
  notes: [
    toolsSeparate('builder-id-tools-separate', 'builder-id'),
    toolsSeparate('project-builder-id-tools-separate', 'project-user', 'builder-id-tool'),
    {
      id: 'builder-id-up-to-an-hour',
      somethingStays: true,
      afterwards:
        'Signing out of your profile is meant to take effect at once, but it can take up to an hour before you are fully signed out of AWS Builder ID.',
      stillSignedIn: {
        symptom: 'You still see your AWS Builder ID profile signed in.',
        fix: 'Full sign-out from your profile can take up to an hour. Wait, then check again.',
      },
      source: 'BUILDERID-TROUBLE',
    },
    {
      id: 'builder-id-social-login',
      afterwards:
        'If you signed in with a social login such as Google or Apple, ending your Builder ID sessions does not sign you out of that Google or Apple account.',
      stillSignedIn: {
        symptom: 'You are still signed in to Google or Apple.',
        fix: 'If you signed in with a social login such as Google or Apple, ending your Builder ID sessions does not sign you out of that account. Sign out of it there if you want to.',
      },
      source: 'BUILDERID-TROUBLE',
    },
  ],
  signOut: () => signOut,
  endSessionsElsewhere: deleteAllSessions,
};
