import type { AnswerValue, Portal, UserType } from './answers';
import type { ProcedureId } from './procedures';
import type { Sourced } from './sources';

export interface UserTypeContent extends Sourced {
  /** The name used in sentences: "You are {article} {name}." */
  name: string;
  article: 'a' | 'an' | 'the';
  /** Where this kind of user can be signed in, in the order offered. */
  portals: readonly Portal[];
  /** How they end their sessions on a device or browser they can't reach, where AWS gives a way. */
  endsSessionsElsewhereWith?: ProcedureId;
}

export const userTypeContent: Record<UserType, UserTypeContent> = {
  'root-user': { name: 'account root user', article: 'the', portals: ['console'], source: 'TYPES' },
  'iam-user': { name: 'IAM user', article: 'an', portals: ['console'], source: 'TYPES' },
  'identity-center-user': {
    name: 'IAM Identity Center user',
    article: 'an',
    portals: ['console', 'access-portal', 'console-and-access-portal'],
    endsSessionsElsewhereWith: 'portal-sessions',
    source: 'GUIDE',
  },
  'federated-identity': { name: 'federated identity', article: 'a', portals: ['console'], source: 'GUIDE' },
  'project-user': {
    name: 'project owner or team member in the new AWS experience',
    article: 'a',
    portals: ['project', 'aws-settings', 'project-and-aws-settings', 'builder-id-profile'],
    endsSessionsElsewhereWith: 'aws-settings-sessions',
    source: 'GUIDE',
  },
  'builder-id': {
    name: 'AWS Builder ID user',
    article: 'an',
    portals: ['builder-id-profile', 'builder-id-tool'],
    endsSessionsElsewhereWith: 'builder-id-sessions',
    source: 'GUIDE',
  },
};

/** "I'm not sure": the answers that settle the user type. */
export const userTypeByCreatedAccount: Partial<Record<AnswerValue<'createdAccount'>, UserType>> = {
  yes: 'root-user',
};

export const userTypeBySignInMethod: Partial<Record<AnswerValue<'signInMethod'>, UserType>> = {
  'account-id-and-user-name': 'iam-user',
  'access-portal': 'identity-center-user',
  'sign-on-portal': 'federated-identity',
  'project-login': 'project-user',
  'aws-settings': 'project-user',
  'personal-profile': 'builder-id',
};
