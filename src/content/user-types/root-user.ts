import { signOutHere } from '../follow-ups';
import { signOutThereOnceYouCan, type UserTypeModule } from './user-type';

export const rootUser: UserTypeModule<'root-user'> = {
  id: 'root-user',
  option: {
    label: 'Account root user',
    hint: 'You created the AWS account and sign in with its email address and password.',
    source: 'TYPES',
  },
  name: 'account root user',
  article: 'the',
  source: 'TYPES',
  recognisedBy: { createdTheAccount: true },
  identification: {
    because: 'You sign in with the email address and password that created the AWS account. That is the account root user.',
    source: 'TYPES',
  },
  whoCanHelp: {
    advice: 'Contact AWS Support, and ask them what you can do.',
    signOutThere: signOutHere(signOutThereOnceYouCan, 'root-user'),
  },
  notes: [],
};
