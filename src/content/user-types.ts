import type { AnswerValue, Portal, UserType } from './answers';
import type { Sourced } from './sources';

export interface UserTypeContent extends Sourced {
  /** The name used in sentences: "You are {article} {name}." */
  name: string;
  article: 'a' | 'an' | 'the';
  /** Where this kind of user can be signed in, in the order offered. */
  portals: readonly Portal[];
}

export const userTypeContent: Record<UserType, UserTypeContent> = {
  'root-user': { name: 'account root user', article: 'the', portals: ['console'], source: 'TYPES' },
  'iam-user': { name: 'IAM user', article: 'an', portals: ['console'], source: 'TYPES' },
  'identity-center-user': {
    name: 'IAM Identity Center user',
    article: 'an',
    portals: ['console', 'access-portal', 'console-and-access-portal'],
    source: 'GUIDE',
  },
  'federated-identity': { name: 'federated identity', article: 'a', portals: ['console'], source: 'GUIDE' },
  'builder-id': {
    name: 'AWS Builder ID user',
    article: 'an',
    portals: ['builder-id-profile', 'builder-id-tool'],
    source: 'GUIDE',
  },
};

export interface Identification extends Sourced {
  userType: UserType;
  /** Why these answers point to this user type, addressed to the person. */
  because: string;
}

/** "I'm not sure": the first answer that settles the user type. */
export const identifiedByCreatedAccount: Partial<Record<AnswerValue<'createdAccount'>, Identification>> = {
  yes: {
    userType: 'root-user',
    because: 'You sign in with the email address and password that created the AWS account. That is the account root user.',
    source: 'TYPES',
  },
};

export const identifiedBySignInMethod: Partial<Record<AnswerValue<'signInMethod'>, Identification>> = {
  'account-id-and-user-name': {
    userType: 'iam-user',
    because: 'You sign in with an account ID or alias, an IAM user name and a password that someone gave you. That is an IAM user.',
    source: 'TYPES',
  },
  'access-portal': {
    userType: 'identity-center-user',
    because: 'You sign in at an AWS access portal address specific to your organization. That is an IAM Identity Center user.',
    source: 'TYPES',
  },
  'sign-on-portal': {
    userType: 'federated-identity',
    because: 'You sign in through an identity provider outside AWS: your company’s sign-on portal or a third-party login. That is a federated identity.',
    source: 'TYPES',
  },
  'personal-profile': {
    userType: 'builder-id',
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
