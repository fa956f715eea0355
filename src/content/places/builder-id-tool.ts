import { signOutHere } from '../follow-ups';
import type { Note } from '../notes';
import type { UserType } from '../user-types/registry';
import type { Place } from './place';
import type { PlaceId } from './registry';

/** The profile's own sign-out, on the path of each kind of user who has a Builder ID profile, from these places. */
const profileSeparate = (id: string, userType: UserType, places: readonly PlaceId[]): Note => ({
  id,
  scope: { userTypes: [userType], places },
  afterwards:
    'Your AWS Builder ID profile has its own sign-out, apart from the tools you use with it. To sign out of your profile too, follow its own steps.',
  stillSignedIn: {
    symptom: 'Your AWS Builder ID profile is still signed in.',
    fix: 'Your profile has its own sign-out, apart from the tools you use with it. Sign out of your profile too.',
  },
  followUp: signOutHere('Sign out of your AWS Builder ID profile', userType, 'builder-id-profile'),
  source: 'GUIDE',
});

export const builderIdTool: Place<'builder-id-tool'> = {
  id: 'builder-id-tool',
  option: {
    label: 'Another AWS service I use with my Builder ID',
    hint: 'For example AWS Builder Center, AWS re:Post, Amazon Q Developer, Kiro or AWS Training and Certification.',
    source: 'BUILDERID-APPS',
    alsoFrom: ['BUILDERID'],
  },
  // Builder ID users have a place of their own for an editor.
  hintFor: (userType) =>
    userType === 'builder-id'
      ? 'For example AWS Builder Center, AWS re:Post or AWS Training and Certification. For Amazon Q or Kiro in an editor, choose your code editor.'
      : undefined,
  name: 'another AWS service you use with your Builder ID',
  // Signing up for the new AWS experience gives a project user a Builder ID, which these tools use too.
  offeredTo: ['project-user', 'builder-id'],
  steps: () => import('./steps/builder-id-tool'),
  notesNamingTheirPlaces: [
    // Builder ID users sign out of an editor as a place of its own; project users, as one of these tools.
    profileSeparate('builder-id-profile-separate', 'builder-id', ['builder-id-tool', 'editor']),
    profileSeparate('project-builder-id-profile-separate', 'project-user', ['builder-id-tool']),
  ],
};
