import type { Place } from './place';

export const cli: Place<'cli'> = {
  id: 'cli',
  option: {
    label: 'The AWS CLI, in a terminal',
    hint: 'You signed in with `aws login` in a terminal on this device.',
    source: 'CLI-SIGNIN',
  },
  hintFor: (userType) =>
    userType === 'identity-center-user'
      ? 'You signed in with `aws sso login` in a terminal on this device.'
      : userType === 'root-user' || userType === 'iam-user'
        ? 'You signed in with `aws login`, or saved access keys with `aws configure`, in a terminal on this device.'
        : 'You signed in with `aws login` in a terminal on this device.',
  name: 'the AWS CLI',
  offeredTo: ['root-user', 'iam-user', 'identity-center-user', 'federated-identity', 'project-user'],
  steps: () => import('./steps/cli'),
};
