import { endSessionsElsewhere } from '../follow-ups';
import type { Place } from './place';

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
