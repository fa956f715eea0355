import type { UserType } from './answers';
import type { Sourced } from './sources';

/** Why the "I'm not sure" answers point to a user type, addressed to the person. */
export const identificationReasons: Record<UserType, Sourced & { because: string }> = {
  'root-user': {
    because: 'You sign in with the email address and password that created the AWS account. That is the account root user.',
    source: 'TYPES',
  },
  'iam-user': {
    because: 'You sign in with an account ID or alias, an IAM user name and a password that someone gave you. That is an IAM user.',
    source: 'TYPES',
  },
  'identity-center-user': {
    because: 'You sign in at an AWS access portal address specific to your organization. That is an IAM Identity Center user.',
    source: 'TYPES',
  },
  'federated-identity': {
    because: 'You sign in through an identity provider outside AWS: your company’s sign-on portal or a third-party login. That is a federated identity.',
    source: 'TYPES',
  },
  'project-user': {
    because: 'You sign in to a project with a login you already have, such as Google, GitHub, Apple or Amazon, or you use AWS Settings at settings.aws.com. Either way, you are a project owner or a project team member, and both sign out the same way.',
    source: 'HELP',
  },
  'builder-id': {
    because: 'You use a personal profile that needs no AWS account, for tools such as Amazon Q Developer. That is an AWS Builder ID.',
    source: 'BUILDERID',
  },
};

export const unidentified = {
  heading: 'We can’t tell what kind of AWS user you are',
  advice: 'Ask the person who gave you access to AWS, such as your administrator or help desk, how you sign in. Then come back and choose your user type.',
  action: 'Choose your user type',
  source: 'TYPES',
} as const;
