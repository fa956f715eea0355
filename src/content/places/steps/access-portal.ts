import { signOutHere } from '../../follow-ups';
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
  notes: [
    {
      id: 'external-identity-provider',
      afterwards:
        'If your organization signs you in through an external identity provider, signing out of the access portal does not end your session with that provider, and going back to the portal may sign you straight in again without asking for your password. Sign out of your identity provider too, or ask your administrator how. IAM Identity Center doesn’t take part in SAML single logout: signing out of your identity provider doesn’t sign you out of the portal, and signing out of the portal sends no sign-out to applications that use it to sign you in with SAML.',
      stillSignedIn: {
        symptom: 'Going back to the access portal signed you in again without asking for your password.',
        fix: 'If your organization uses an external identity provider, signing out of the portal does not end your session with that provider, so the portal may sign you straight back in. Sign out of your identity provider too, or ask your administrator how.',
      },
      source: 'GUIDE',
      alsoFrom: ['AUTHSESSIONS'],
    },
    {
      id: 'portal-console-sessions',
      somethingStays: true,
      afterwards:
        'Console and AWS CLI sessions you opened from the access portal are separate: signing out of the portal does not end them. They go on until they expire: by default a session lasts 1 hour from when it began, and your administrator can make it last up to 12 hours. Make sure you have signed out of each console session in the console.',
      stillSignedIn: {
        symptom: 'A console you opened from the access portal is still signed in.',
        fix: 'Console sessions opened from the portal are separate and are not ended by signing out of the portal. Sign out of each one in the console.',
      },
      followUp: signOutHere('Sign out of a console you opened from the portal', 'identity-center-user', 'console'),
      source: 'AUTHSESSIONS',
      alsoFrom: ['SESSIONS', 'ADMIN-SESSIONS'],
    },
    {
      id: 'portal-application-sessions',
      somethingStays: true,
      afterwards:
        'Applications you opened from the access portal don’t end their sessions at once when you sign out of the portal: they end within about 30 minutes. Closing an application signs you out of that application only; the others stay open.',
      stillSignedIn: {
        symptom: 'An application you opened from the access portal is still open and signed in.',
        fix: 'Its session ends within about 30 minutes of signing out of the portal. To be signed out of it sooner, close that application.',
      },
      source: 'AUTHSESSIONS',
      alsoFrom: ['PORTAL'],
    },
    {
      id: 'portal-in-another-region',
      stillSignedIn: {
        symptom: 'Your organization’s portal at another Region’s address still shows you signed in.',
        fix: 'Signing out in one Region is passed on to your organization’s other Regions, so one sign-out is meant to cover them all. If that portal still shows you signed in, ask your administrator.',
      },
      source: 'MULTIREGION',
    },
  ],
  signOut: () => signOut,
  endSessionsElsewhere: endSessions,
};
