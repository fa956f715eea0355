import { chosenUserName, line, lines, signInPage, simplified, simplifiedMenu, yourUserName, type PictureContent } from '../../pictures';
import type { ProcedureContent } from '../../procedure';
import type { PlaceSteps } from '../place';

const userNamePicture: PictureContent = {
  alt: 'Drawing of the top of the AWS access portal: the navigation bar, with your user name at the upper right marked as the one to choose.',
  caption: simplified,
  bar: 'plain',
  barItems: [chosenUserName],
  page: lines(4),
  source: 'GUIDE',
};

const signOutPicture: PictureContent = {
  alt: 'Drawing of the top of the AWS access portal with the menu under your user name open, and “Sign out” in it marked as the one to choose.',
  caption: simplifiedMenu,
  bar: 'plain',
  barItems: [yourUserName],
  menu: [{ text: 'Sign out', mark: 'choose' }],
  page: lines(4),
  source: 'GUIDE',
};

const signedOutPicture: PictureContent = {
  alt: 'Drawing of your AWS access portal sign in page, which you see once you are signed out.',
  ...signInPage,
  source: 'GUIDE',
};

const signOut: ProcedureContent = {
  id: 'access-portal',
  title: 'Sign out of the AWS access portal',
  steps: [
    {
      heading: 'Choose your user name in the access portal',
      instruction: 'In the AWS access portal, look at the navigation bar. Your user name is at the upper right. Choose it.',
      target: { kind: 'described', text: 'your user name' },
      picture: userNamePicture,
      source: 'GUIDE',
    },
    {
      heading: 'Choose “Sign out” in the access portal',
      instruction: 'Choose “Sign out”.',
      target: { kind: 'control', label: 'Sign out' },
      picture: signOutPicture,
      source: 'GUIDE',
    },
  ],
  success: {
    text: 'You see your AWS access portal sign in page.',
    picture: signedOutPicture,
    source: 'GUIDE',
  },
};

/** Ending sessions elsewhere: the access portal's Security page (PORTAL-SESSIONS). */
const securityPicture: PictureContent = {
  alt: 'Drawing of the top of the AWS access portal, with “Security” near the top right marked as the one to choose.',
  caption: 'Simplified drawing, not a screenshot. AWS says only that “Security” is near the top right of the page: it may sit elsewhere there.',
  bar: 'plain',
  barItems: [{ text: 'Security', mark: 'choose' }],
  page: lines(4),
  source: 'PORTAL-SESSIONS',
};

const activeSessionsPicture: PictureContent = {
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

const confirmEndSessionsPicture: PictureContent = {
  alt: 'Drawing of the box that asks you to confirm, over the “Security” page: “confirm” typed in its field, and “End sessions” marked as the one to choose. Its other words are drawn as a blank line.',
  caption: 'Simplified drawing, not a screenshot: the box’s other words are left blank.',
  bar: 'plain',
  barItems: [{ text: 'Security' }],
  page: lines(5),
  dialog: [line, { text: 'confirm', as: 'typed' }, { text: 'End sessions', as: 'button', mark: 'choose' }],
  source: 'PORTAL-SESSIONS',
};

const sessionsEndedPicture: PictureContent = {
  alt: 'Drawing of the access portal’s “Security” page with a green notification message above “Active sessions”, which says that the sessions you selected were ended.',
  caption: 'Simplified drawing, not a screenshot. AWS doesn’t give the message’s exact words, so they are left blank; look for a green message.',
  bar: 'plain',
  barItems: [{ text: 'Security' }],
  page: [{ as: 'notice' }, { text: 'Active sessions', as: 'heading' }, ...lines(3)],
  source: 'PORTAL-SESSIONS',
};

const endSessions: ProcedureContent = {
  id: 'portal-sessions',
  title: 'End your sessions from the AWS access portal',
  steps: [
    {
      heading: 'Choose “Security” in the access portal',
      instruction: 'On a device you can use now, sign in to your AWS access portal. Near the top right of the page, choose “Security”.',
      target: { kind: 'control', label: 'Security' },
      picture: securityPicture,
      source: 'PORTAL-SESSIONS',
    },
    {
      heading: 'Select the sessions to end',
      instruction:
        'The number in brackets next to “Active sessions” is how many sessions you have. If some are not listed, choose “Load more active sessions”. Select the check box next to each session you want to end, then choose “End sessions”. AWS doesn’t describe how the list tells sessions apart: if you can’t tell which is the device you can’t reach, select them all.',
      target: { kind: 'control', label: 'End sessions' },
      picture: activeSessionsPicture,
      source: 'PORTAL-SESSIONS',
    },
    {
      heading: 'Type confirm, then choose “End sessions”',
      instruction: 'You are asked to confirm. Type the word confirm, then choose “End sessions”.',
      target: { kind: 'control', label: 'End sessions' },
      picture: confirmEndSessionsPicture,
      source: 'PORTAL-SESSIONS',
    },
  ],
  success: {
    text: 'A green notification message appears, saying that the sessions you selected were ended.',
    picture: sessionsEndedPicture,
    source: 'PORTAL-SESSIONS',
  },
};

export const steps: PlaceSteps = {
  signOut: () => signOut,
  endSessionsElsewhere: endSessions,
};
