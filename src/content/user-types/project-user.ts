import type { Scope } from '../notes';
import type { UserTypeModule } from './user-type';

/** Projects and AWS Settings: the new AWS experience. */
const inTheNewExperience: Scope = { places: ['project', 'aws-settings'] };

export const projectUser: UserTypeModule<'project-user'> = {
  id: 'project-user',
  option: {
    label: 'Project owner or team member (the new AWS experience)',
    hint: 'You use projects and AWS Settings.',
    more: 'You sign in with a login you already have, such as Google, GitHub, Apple or Amazon, or your AWS Builder ID. AWS is releasing this experience to a limited number of customers, so you may not have it.',
    source: 'TYPES',
    alsoFrom: ['GUIDE', 'HELP'],
  },
  name: 'project owner or team member in the new AWS experience',
  article: 'a',
  source: 'GUIDE',
  recognisedBy: {
    signInMethods: [
      {
        id: 'project-login',
        label: 'With a Google, GitHub, Apple or Amazon login, to a project',
        hint: 'You created a project, or a project owner invited you to one by email. On the console’s sign-in page you choose “project user”.',
        source: 'TYPES',
        alsoFrom: ['CONSOLE-SIGNIN'],
      },
      {
        id: 'builder-id-to-project',
        label: 'With my AWS Builder ID, to a project or AWS Settings',
        hint: 'You open a project or AWS Settings with your AWS Builder ID, the profile that signing up for the new AWS experience gives you.',
        source: 'HELP',
        alsoFrom: ['BUILDERID'],
      },
      {
        id: 'aws-settings',
        label: 'At AWS Settings, settings.aws.com',
        hint: 'Where you see and open your projects.',
        source: 'HELP',
        alsoFrom: ['SIGNIN-SETTINGS'],
      },
    ],
  },
  identification: {
    because: 'You sign in to a project with a login you already have, such as Google, GitHub, Apple or Amazon, or with your AWS Builder ID, or you use AWS Settings at settings.aws.com. Either way, you are a project owner or a project team member, and both sign out the same way.',
    source: 'HELP',
    alsoFrom: ['BUILDERID'],
  },
  notes: [
    {
      id: 'new-experience-up-to-an-hour',
      somethingStays: true,
      scope: inTheNewExperience,
      afterwards: 'Signing out is meant to take effect at once, but it can take up to an hour before you are fully signed out.',
      stillSignedIn: {
        symptom: 'You still seem to be signed in.',
        fix: 'Sign-out is meant to take effect at once, but full sign-out can take up to an hour. Wait, then check again.',
      },
      source: 'TROUBLE-NEW',
    },
    {
      id: 'new-experience-social-login',
      scope: inTheNewExperience,
      afterwards: 'If you sign in with a login such as Google or Apple, ending your AWS sessions does not sign you out of that Google or Apple account.',
      stillSignedIn: {
        symptom: 'You are still signed in to Google or Apple.',
        fix: 'Ending your AWS sessions does not sign you out of a login such as Google or Apple. Sign out of it there if you want to.',
      },
      source: 'TROUBLE-NEW',
    },
    {
      id: 'list-of-accounts',
      scope: inTheNewExperience,
      afterwards:
        'If AWS later shows you a list of accounts to choose from, several sessions are open in this browser: a Builder ID, a project or an AWS account. Sign out of each of them when you’re done.',
      stillSignedIn: {
        symptom: 'AWS shows you a list of accounts to choose from.',
        fix: 'That list means several sessions are open in this browser: a Builder ID, a project or an AWS account. Sign out of each of them.',
      },
      source: 'HELP',
      alsoFrom: ['TROUBLE-NEW'],
    },
  ],
};
