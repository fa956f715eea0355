import type { Sourced } from './sources';

/**
 * Our own simplified drawings of where to look on an AWS screen, as data. Words are drawn only
 * where AWS's documentation (sources.ts) names them on that screen; anything else is a blank line.
 */

/** How a drawn control stands out: the one to choose, or the page the person is on. */
export type PictureMark = 'choose' | 'here';

export interface DrawnItem {
  /** Drawn as written; without text, a blank line stands for something the sources do not name. */
  text?: string;
  /**
   * 'legend': our own label, not AWS's, for the whole list it opens, drawn on a dashed edge: where to look when the sources do not say where in it.
   * 'typed': what the person types, drawn inside a box. 'checkbox': a ticked box before a blank line. 'notice': a green notification, its words blank.
   */
  as?: 'user' | 'heading' | 'field' | 'note' | 'current' | 'legend' | 'button' | 'typed' | 'checkbox' | 'notice';
  mark?: PictureMark;
}

export interface PictureContent extends Sourced {
  /** The text alternative: says what the drawing shows, quoting the control to choose. */
  alt: string;
  /** Shown under the drawing to everyone: what the drawing is, and what it leaves out. */
  caption: string;
  /** Only the console gets a dark bar, as a look, not a copy of AWS's; every other page a plain one. */
  bar: 'dark' | 'plain';
  /** At the right of the bar; the last one opens the menu. */
  barItems: readonly DrawnItem[];
  /** A menu open under the last item of the bar. */
  menu?: readonly DrawnItem[];
  /** Navigation at the left of the page. */
  nav?: readonly DrawnItem[];
  page: readonly DrawnItem[];
  /** A dialog box open over the page. */
  dialog?: readonly DrawnItem[];
}

export const pictureMarks: Record<PictureMark, string> = {
  choose: 'Choose this',
  here: 'You are here',
};

const line: DrawnItem = {};
const lines = (count: number): DrawnItem[] => Array.from({ length: count }, () => line);
const yourUserName: DrawnItem = { text: 'Your user name', as: 'user' };
const chosenUserName: DrawnItem = { ...yourUserName, mark: 'choose' };
const yourProjectName: DrawnItem = { text: 'Your project name', as: 'user' };
const simplified = 'Simplified drawing, not a screenshot: the real page may look different.';
const simplifiedMenu = 'Simplified drawing, not a screenshot: the real menu may have other entries, in another order.';
/** A field the sources do not name: a blank line over an empty box. */
const blankField: DrawnItem = { as: 'field' };
const signInPage: Pick<PictureContent, 'caption' | 'bar' | 'barItems' | 'page'> = {
  caption: 'Simplified drawing, not a screenshot: the real page may look different, and what it asks for is left blank.',
  bar: 'plain',
  barItems: [],
  page: [blankField, blankField],
};

export const consoleUserNamePicture: PictureContent = {
  alt: 'Drawing of the top of the AWS Management Console: the navigation bar, with your user name at the upper right marked as the one to choose.',
  caption: 'Simplified drawing, not a screenshot. Your own account name or IAM user name is shown in its place.',
  bar: 'dark',
  barItems: [chosenUserName],
  page: lines(4),
  source: 'GUIDE',
};

/** The console's menu: identities as generic rows when several are signed in (MULTI). */
export function consoleMenuPicture(option: string, severalIdentities: boolean): PictureContent {
  const identities = severalIdentities
    ? 'It lists your signed-in identities, drawn here as Identity 1 and Identity 2, and includes “Add session”'
    : 'Its other entries are drawn as blank lines';
  return {
    alt: `Drawing of the AWS Management Console with the menu under your user name open. ${identities}; “${option}” is marked as the one to choose.`,
    caption: severalIdentities
      ? `${simplifiedMenu} It shows your identities in its own way.`
      : simplifiedMenu,
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

export const projectNamePicture: PictureContent = {
  alt: 'Drawing of the top of the AWS Management Console: the navigation bar, with your project name at the upper right marked as the one to choose.',
  caption: 'Simplified drawing, not a screenshot. Your own project name is shown in its place.',
  bar: 'dark',
  barItems: [{ ...yourProjectName, mark: 'choose' }],
  page: lines(4),
  source: 'GUIDE',
  alsoFrom: ['SWITCH'],
};

export const projectMenuPicture: PictureContent = {
  alt: 'Drawing of the AWS Management Console with the menu under your project name open. It includes “Switch project”, and its other entries are drawn as blank lines; “Sign out” is marked as the one to choose.',
  caption: simplifiedMenu,
  bar: 'dark',
  barItems: [yourProjectName],
  menu: [{ text: 'Switch project' }, ...lines(2), { text: 'Sign out', mark: 'choose' }],
  page: lines(6),
  source: 'GUIDE',
  alsoFrom: ['SWITCH'],
};

export const awsSettingsSignOutPicture: PictureContent = {
  alt: 'Drawing of AWS Settings. The left navigation pane has “Sign Out”, marked as the one to choose, and “Manage security and sign-in”; its other entries are drawn as blank lines. AWS doesn’t say where in the pane “Sign Out” is, so the pane is labelled: look anywhere in this pane.',
  caption: 'Simplified drawing, not a screenshot. AWS doesn’t say where in the left navigation pane “Sign Out” is: look for it anywhere in the pane, not only where it is drawn here.',
  bar: 'plain',
  barItems: [],
  nav: [
    { text: 'Look anywhere in this pane', as: 'legend' },
    line,
    { text: 'Manage security and sign-in' },
    line,
    { text: 'Sign Out', mark: 'choose' },
    line,
  ],
  page: lines(6),
  source: 'GUIDE',
  alsoFrom: ['SETTINGS-SESSIONS'],
};

export const accessPortalUserNamePicture: PictureContent = {
  alt: 'Drawing of the top of the AWS access portal: the navigation bar, with your user name at the upper right marked as the one to choose.',
  caption: simplified,
  bar: 'plain',
  barItems: [chosenUserName],
  page: lines(4),
  source: 'GUIDE',
};

export const accessPortalSignOutPicture: PictureContent = {
  alt: 'Drawing of the top of the AWS access portal with the menu under your user name open, and “Sign out” in it marked as the one to choose.',
  caption: simplifiedMenu,
  bar: 'plain',
  barItems: [yourUserName],
  menu: [{ text: 'Sign out', mark: 'choose' }],
  page: lines(4),
  source: 'GUIDE',
};

const profileNav = (current: DrawnItem): DrawnItem[] => [current, { text: 'Security' }, { text: 'Privacy & data' }];
const profilePage: DrawnItem[] = [
  line,
  { text: 'Profile information', as: 'heading' },
  ...lines(2),
  { text: 'Contact information', as: 'heading' },
  ...lines(2),
];

export const builderIdProfilePicture: PictureContent = {
  alt: 'Drawing of your AWS Builder ID profile page. The navigation on the left has “My details”, marked as the page you are on, and “Security” and “Privacy & data”. The page has sections such as “Profile information” and “Contact information”. “Sign out” is at the top right.',
  caption: simplified,
  bar: 'plain',
  barItems: [{ text: 'Sign out' }],
  nav: profileNav({ text: 'My details', as: 'current', mark: 'here' }),
  page: profilePage,
  source: 'GUIDE',
};

export const builderIdSignOutPicture: PictureContent = {
  alt: 'Drawing of your AWS Builder ID profile page, open at “My details”, with “Security” and “Privacy & data” also in the navigation on the left, and sections such as “Profile information” and “Contact information”. “Sign out” at the top right is marked as the one to choose.',
  caption: simplified,
  bar: 'plain',
  barItems: [{ text: 'Sign out', mark: 'choose' }],
  nav: profileNav({ text: 'My details', as: 'current' }),
  page: profilePage,
  source: 'GUIDE',
};

export const builderIdToolPicture: PictureContent = {
  alt: 'Illustration, not a real tool: a tool’s window with the menu under your name open at the top right, and the tool’s own sign-out in it marked as the one to choose.',
  caption: 'Only an illustration: each tool you use with your Builder ID looks different and has its own sign-out.',
  bar: 'plain',
  barItems: [{ text: 'Your name', as: 'user' }],
  menu: [...lines(2), { text: 'The tool’s own sign-out', mark: 'choose' }],
  page: lines(5),
  source: 'GUIDE',
};

export const consoleSignedOutPicture: PictureContent = {
  alt: 'Drawing of the AWS Management Console webpage, where you are returned once you are signed out.',
  caption: simplified,
  bar: 'dark',
  barItems: [],
  page: lines(5),
  source: 'GUIDE',
};

export const accessPortalSignedOutPicture: PictureContent = {
  alt: 'Drawing of your AWS access portal sign in page, which you see once you are signed out.',
  ...signInPage,
  source: 'GUIDE',
};

export const awsSignInPageSignedOutPicture: PictureContent = {
  alt: 'Drawing of the AWS sign in page, where you are returned once you are signed out of AWS Settings.',
  ...signInPage,
  source: 'GUIDE',
};

export const builderIdSignedOutPicture: PictureContent = {
  alt: 'Drawing of a page where your AWS Builder ID profile is no longer shown.',
  caption: simplified,
  bar: 'plain',
  barItems: [],
  page: [{ text: 'Your AWS Builder ID profile is no longer shown', as: 'note' }],
  source: 'GUIDE',
};

/** Ending sessions elsewhere: the access portal's Security page (PORTAL-SESSIONS). */
export const portalSecurityPicture: PictureContent = {
  alt: 'Drawing of the top of the AWS access portal, with “Security” near the top right marked as the one to choose.',
  caption: 'Simplified drawing, not a screenshot. AWS says only that “Security” is near the top right of the page: it may sit elsewhere there.',
  bar: 'plain',
  barItems: [{ text: 'Security', mark: 'choose' }],
  page: lines(4),
  source: 'PORTAL-SESSIONS',
};

export const portalActiveSessionsPicture: PictureContent = {
  alt: 'Drawing of the access portal’s “Security” page. Under “Active sessions (2)” are two sessions, each with a ticked check box and its details drawn as a blank line, then “Load more active sessions”. “End sessions” is marked as the one to choose.',
  caption: 'Simplified drawing, not a screenshot. The number in brackets is how many sessions you have; what the page shows about each one is left blank.',
  bar: 'plain',
  barItems: [{ text: 'Security' }],
  page: [
    { text: 'Active sessions (2)', as: 'heading' },
    { as: 'checkbox' },
    { as: 'checkbox' },
    { text: 'Load more active sessions' },
    { text: 'End sessions', as: 'button', mark: 'choose' },
  ],
  source: 'PORTAL-SESSIONS',
};

export const portalConfirmEndSessionsPicture: PictureContent = {
  alt: 'Drawing of the box that asks you to confirm, over the “Security” page: “confirm” typed in its field, and “End sessions” marked as the one to choose. Its other words are drawn as a blank line.',
  caption: 'Simplified drawing, not a screenshot: the box’s other words are left blank.',
  bar: 'plain',
  barItems: [{ text: 'Security' }],
  page: lines(5),
  dialog: [line, { text: 'confirm', as: 'typed' }, { text: 'End sessions', as: 'button', mark: 'choose' }],
  source: 'PORTAL-SESSIONS',
};

export const portalSessionsEndedPicture: PictureContent = {
  alt: 'Drawing of the access portal’s “Security” page with a green notification message above “Active sessions”, which says that the sessions you selected were ended.',
  caption: 'Simplified drawing, not a screenshot. AWS doesn’t give the message’s exact words, so they are left blank; look for a green message.',
  bar: 'plain',
  barItems: [{ text: 'Security' }],
  page: [{ as: 'notice' }, { text: 'Active sessions', as: 'heading' }, ...lines(3)],
  source: 'PORTAL-SESSIONS',
};

/** Ending sessions elsewhere: the Builder ID profile's Security page (BUILDERID-SESSIONS). */
export const builderIdSecurityPicture: PictureContent = {
  alt: 'Drawing of your AWS Builder ID profile page, open at “My details”, with sections such as “Profile information” and “Contact information”. The navigation on the left also has “Security”, marked as the one to choose, and “Privacy & data”.',
  caption: simplified,
  bar: 'plain',
  barItems: [],
  nav: [{ text: 'My details', as: 'current' }, { text: 'Security', mark: 'choose' }, { text: 'Privacy & data' }],
  page: profilePage,
  source: 'BUILDERID-SESSIONS',
  alsoFrom: ['GUIDE'],
};

export const builderIdDeleteAllActiveSessionsPicture: PictureContent = {
  alt: 'Drawing of the “Security” page of your AWS Builder ID profile, open from the navigation on the left, between “My details” and “Privacy & data”. “Delete all active sessions” is marked as the one to choose; the page’s other contents are drawn as blank lines.',
  caption: simplified,
  bar: 'plain',
  barItems: [],
  nav: [{ text: 'My details' }, { text: 'Security', as: 'current' }, { text: 'Privacy & data' }],
  page: [...lines(3), { text: 'Delete all active sessions', as: 'button', mark: 'choose' }],
  source: 'BUILDERID-SESSIONS',
  alsoFrom: ['GUIDE'],
};

export const builderIdDeleteAllDialogPicture: PictureContent = {
  alt: 'Drawing of the “Delete all sessions” dialog box over your profile’s “Security” page: “delete all” typed in its field, and the “Delete all sessions” button marked as the one to choose.',
  caption: 'Simplified drawing, not a screenshot: the dialog box’s other words are left blank.',
  bar: 'plain',
  barItems: [],
  page: lines(5),
  dialog: [{ text: 'Delete all sessions', as: 'heading' }, { text: 'delete all', as: 'typed' }, { text: 'Delete all sessions', as: 'button', mark: 'choose' }],
  source: 'BUILDERID-SESSIONS',
};

/** Ending sessions elsewhere: from AWS Settings, in the Builder ID profile (SETTINGS-SESSIONS). */
export const awsSettingsManageSecurityPicture: PictureContent = {
  alt: 'Drawing of AWS Settings. The navigation pane on the left has “Manage security and sign-in”, marked as the one to choose, and “Sign Out”; its other entries are drawn as blank lines. AWS doesn’t say where in the pane it is, so the pane is labelled: look anywhere in this pane.',
  caption: 'Simplified drawing, not a screenshot. AWS doesn’t say where in the navigation pane “Manage security and sign-in” is: look for it anywhere in the pane, not only where it is drawn here.',
  bar: 'plain',
  barItems: [],
  nav: [
    { text: 'Look anywhere in this pane', as: 'legend' },
    line,
    { text: 'Manage security and sign-in', mark: 'choose' },
    line,
    { text: 'Sign Out' },
    line,
  ],
  page: lines(6),
  source: 'SETTINGS-SESSIONS',
  alsoFrom: ['GUIDE'],
};

export const signedInDevicesPicture: PictureContent = {
  alt: 'Drawing of your AWS Builder ID profile, where AWS Settings sends you: under “Signed in devices”, with the devices drawn as blank lines, “Delete all sessions” is marked as the one to choose.',
  caption: 'Simplified drawing, not a screenshot: which profile page this is, and what it shows about each device, is left blank.',
  bar: 'plain',
  barItems: [],
  page: [line, { text: 'Signed in devices', as: 'heading' }, ...lines(2), { text: 'Delete all sessions', as: 'button', mark: 'choose' }],
  source: 'SETTINGS-SESSIONS',
};

export const confirmDeleteAllSessionsPicture: PictureContent = {
  alt: 'Drawing of the box that asks you to confirm your choice, its words drawn as blank lines, with “Delete all sessions” marked as the one to choose.',
  caption: 'Simplified drawing, not a screenshot: AWS doesn’t say what the box asks, so its words are left blank.',
  bar: 'plain',
  barItems: [],
  page: lines(5),
  dialog: [...lines(2), { text: 'Delete all sessions', as: 'button', mark: 'choose' }],
  source: 'SETTINGS-SESSIONS',
};
