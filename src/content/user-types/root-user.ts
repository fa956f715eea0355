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
    advice:
      'AWS’s page on sign-in problems says that if nothing there helps, you can create a case with AWS Support. They may be able to tell you what you can do.',
    source: 'TROUBLE-SIGNIN',
    signOutThere: signOutHere(signOutThereOnceYouCan, 'root-user'),
  },
  notes: [],
};
