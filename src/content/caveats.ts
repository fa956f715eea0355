import type { AppliesTo, FollowUp } from './answers';
import { followUps } from './follow-ups';
import type { Sourced } from './sources';

/** What else to know or do once signed out; shown on "done" for the situations it applies to. */
export interface Caveat extends Sourced {
  id: string;
  text: string;
  appliesTo: AppliesTo;
  followUp?: FollowUp;
}

const portals = ['access-portal', 'console-and-access-portal'] as const;
const builderIdPortals = ['builder-id-profile', 'builder-id-tool'] as const;

export const caveats: readonly Caveat[] = [
  {
    id: 'external-identity-provider',
    text: 'If your organization signs you in through an external identity provider, signing out of the access portal does not end your session with that provider, and going back to the portal may sign you straight in again without asking for your password. Sign out of your identity provider too, or ask your administrator how.',
    appliesTo: { portals },
    source: 'GUIDE',
  },
  {
    id: 'portal-console-sessions',
    text: 'Console sessions you opened from the access portal are separate: signing out of the portal does not end them. They last 1 hour by default, or up to 12 hours if your administrator set it so. Make sure you have signed out of each one in the console.',
    appliesTo: { userTypes: ['identity-center-user'], portals },
    followUp: followUps.consoleFromPortal,
    source: 'SESSIONS',
  },
  {
    id: 'portal-still-signed-in',
    text: 'The AWS access portal has its own session, separate from your console sessions. To sign out fully, sign out of the portal too. A portal session lasts 8 hours by default; your administrator can set anything from 15 minutes to 90 days.',
    appliesTo: { userTypes: ['identity-center-user'], portals: ['console'] },
    followUp: followUps.accessPortal,
    source: 'INTERACTIVE',
  },
  {
    id: 'other-identities-still-signed-in',
    text: 'The other identities in this browser are still signed in, each in its own tab. To sign them all out at once, choose “Sign out of all sessions”.',
    appliesTo: { sessions: ['several'], whichSessions: ['current'] },
    source: 'GUIDE',
  },
  {
    id: 'federated-provider-session',
    text: 'Your identity provider, such as your company’s sign-on portal, may still have you signed in. To be safe, sign out there too, or check with your administrator.',
    appliesTo: { userTypes: ['federated-identity'] },
    source: 'GUIDE',
    unconfirmed: true,
  },
  {
    id: 'saml-session-length',
    text: 'If your organization signs you in with SAML, your identity provider may let a console session last up to 12 hours, so it’s worth signing out when you’re done.',
    appliesTo: { userTypes: ['federated-identity'] },
    source: 'SAML',
  },
  {
    id: 'builder-id-tools-separate',
    text: 'The tools you use with your Builder ID, such as Amazon Q Developer, are signed out of separately, each in the tool itself.',
    appliesTo: { portals: ['builder-id-profile'] },
    followUp: followUps.builderIdTools,
    source: 'GUIDE',
  },
  {
    id: 'builder-id-up-to-an-hour',
    text: 'Signing out is meant to take effect at once, but it can take up to an hour before you are fully signed out of AWS Builder ID.',
    appliesTo: { portals: builderIdPortals },
    source: 'BUILDERID-TROUBLE',
  },
  {
    id: 'builder-id-google',
    text: 'If you signed in with “Continue with Google”, ending your Builder ID sessions does not sign you out of Google.',
    appliesTo: { portals: builderIdPortals },
    source: 'BUILDERID-TROUBLE',
  },
];
