import { signOutHere } from '../follow-ups';
import { administrator, signOutThereOnceYouCan, type UserTypeModule } from './user-type';

export const iamUser: UserTypeModule<'iam-user'> = {
  id: 'iam-user',
  option: {
    label: 'IAM user',
    hint: 'An administrator gave you an account ID or alias, a user name and a password.',
    source: 'URLS',
    alsoFrom: ['TYPES'],
  },
  name: 'IAM user',
  article: 'an',
  source: 'TYPES',
  recognisedBy: {
    signInMethods: [
      {
        id: 'account-id-and-user-name',
        label: 'With an account ID or alias, a user name and a password',
        hint: 'An administrator or help desk gave them to you. The account ID is 12 digits.',
        source: 'URLS',
        alsoFrom: ['TYPES'],
      },
    ],
  },
  identification: {
    because: 'You sign in with an account ID or alias, an IAM user name and a password that someone gave you. That is an IAM user.',
    source: 'URLS',
    alsoFrom: ['TYPES'],
  },
  whoCanHelp: { advice: administrator, source: 'TYPES', signOutThere: signOutHere(signOutThereOnceYouCan, 'iam-user') },
  notes: [],
};
