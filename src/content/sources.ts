/** The documents every fact comes from; ids match ../shared/FACTS.md. */
export const sources = {
  GUIDE: {
    title: 'Sign out of AWS (AWS Sign-In User Guide)',
    url: 'https://docs.aws.amazon.com/signin/latest/userguide/how-to-sign-out-in.html',
  },
  TYPES: {
    title: 'Determine your user type',
    url: 'https://docs.aws.amazon.com/signin/latest/userguide/user-types-list.html',
  },
  URLS: {
    title: 'AWS sign-in URLs',
    url: 'https://docs.aws.amazon.com/signin/latest/userguide/sign-in-urls-defined.html',
  },
  MULTI: {
    title: 'Signing in to multiple accounts',
    url: 'https://docs.aws.amazon.com/awsconsolehelpdocs/latest/gsg/multisession.html',
  },
  PORTAL: {
    title: 'Signing in to the AWS access portal',
    url: 'https://docs.aws.amazon.com/singlesignon/latest/userguide/howtosignin.html',
  },
  SESSIONS: {
    title: 'Set session duration (IAM Identity Center)',
    url: 'https://docs.aws.amazon.com/singlesignon/latest/userguide/howtosessionduration.html',
  },
  USERSESSION: {
    title: 'Configure user session duration (IAM Identity Center)',
    url: 'https://docs.aws.amazon.com/singlesignon/latest/userguide/configure-user-session.html',
  },
  SAML: {
    title: 'Enabling SAML 2.0 federated principals to access the AWS Management Console',
    url: 'https://docs.aws.amazon.com/IAM/latest/UserGuide/id_roles_providers_enable-console-saml.html',
  },
  BUILDERID: {
    title: 'Sign in with AWS Builder ID',
    url: 'https://docs.aws.amazon.com/signin/latest/userguide/sign-in-builder-id.html',
  },
  'BUILDERID-DIFF': {
    title: 'AWS Builder ID and other AWS credentials',
    url: 'https://docs.aws.amazon.com/signin/latest/userguide/differences-aws_builder_id.html',
  },
  'IAM-PASSWORD': {
    title: 'IAM User Guide, “change your own password” (named in FACTS.md without an address)',
  },
  'BILLING-ACCOUNT': {
    title: 'AWS Billing User Guide, “manage your account” (named in FACTS.md without an address)',
  },
  'CODECATALYST-PROFILE': {
    title: 'Amazon CodeCatalyst User Guide, “your profile” (named in FACTS.md without an address)',
  },
  CLOUDSCAPE: {
    title: 'Cloudscape Design System, top navigation pattern (cloudscape.design)',
  },
  'BUILDERID-TROUBLE': {
    title: 'Troubleshooting AWS Builder ID',
    url: 'https://docs.aws.amazon.com/signin/latest/userguide/troubleshooting-builder-id-issues.html',
  },
} as const satisfies Record<string, { title: string; url?: string }>;

export type SourceId = keyof typeof sources;

/** A fact marked unconfirmed in FACTS.md may only be shown as a hedged hint. */
export interface Sourced {
  source: SourceId;
  unconfirmed?: true;
}
