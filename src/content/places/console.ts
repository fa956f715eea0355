import type { Place } from './place';

export const consolePlace: Place<'console'> = {
  id: 'console',
  option: {
    label: 'AWS Management Console',
    hint: 'The console of an AWS account, with your account name or user name at the upper right of its navigation bar.',
    source: 'GUIDE',
  },
  name: 'the AWS Management Console',
  offeredTo: ['root-user', 'iam-user', 'identity-center-user', 'federated-identity'],
  steps: () => import('./steps/console'),
  asksHowManyIdentities: true,
};
