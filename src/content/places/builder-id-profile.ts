import { endSessionsElsewhere, signOutHere } from '../follow-ups';
import type { Note } from '../notes';
import type { UserType } from '../user-types/registry';
import type { Place } from './place';
import type { PlaceId } from './registry';

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

export const builderIdProfile: Place<'builder-id-profile'> = {
  id: 'builder-id-profile',
  option: {
    label: 'My AWS Builder ID profile',
    hint: 'The profile page at https://profile.aws.amazon.com/, which opens on “My details”. Signing up for the new AWS experience gives you one too.',
    source: 'GUIDE',
    alsoFrom: ['BUILDERID'],
  },
  name: 'your AWS Builder ID profile',
  offeredTo: ['project-user', 'builder-id'],
  steps: () => import('./steps/builder-id-profile'),
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
  endsSessionsElsewhere: {
    for: 'builder-id',
    notes: [
      {
        id: 'builder-id-sessions-elsewhere',
        scope: { whereToSignOut: ['this-browser'] },
        afterwards:
          'Still signed in on a device or browser you can’t get to? You can sign out of your AWS Builder ID on every device at once, from your profile.',
        followUp: endSessionsElsewhere('Sign out of your AWS Builder ID on every device', 'builder-id'),
        source: 'BUILDERID-SESSIONS',
      },
      {
        id: 'builder-id-sessions-up-to-an-hour',
        somethingStays: true,
        afterwards:
          'Deleting your sessions is meant to sign you out at once, but it can take up to an hour before you are signed out of AWS Builder ID everywhere.',
        stillSignedIn: {
          symptom: 'That device or browser still seems to be signed in to your Builder ID.',
          fix: 'Deleting your sessions is meant to sign you out at once, but full sign-out can take up to an hour. Wait, then check again.',
        },
        source: 'BUILDERID-TROUBLE',
      },
      {
        id: 'old-ide-sessions-listed',
        scope: { userTypes: ['builder-id', 'project-user'] },
        stillSignedIn: {
          symptom: 'Your profile still lists sessions from your IDE under “Signed in devices”.',
          fix: 'After you sign out of Amazon Q Developer in an IDE, its sessions may stay listed under “Signed in devices” for up to 90 days, although they no longer work. They go once the 90 days are over.',
        },
        source: 'BUILDERID-SESSIONS',
      },
      {
        id: 'builder-id-sessions-social-login',
        afterwards:
          'If you sign in with a social login such as Google or Apple, deleting your Builder ID sessions doesn’t sign you out of that Google or Apple account.',
        stillSignedIn: {
          symptom: 'That device is still signed in to Google or Apple.',
          fix: 'Deleting your Builder ID sessions doesn’t sign you out of a social login such as Google or Apple.',
        },
        source: 'BUILDERID-TROUBLE',
      },
    ],
  },
};
