/**
 * Where sources may be: AWS's documentation, and for the tools whose guides describe only signing in,
 * the command names and maintainers' answers in AWS's own projects and Kiro's documentation.
 */
export const sourceOrigins = ['https://docs.aws.amazon.com/', 'https://github.com/aws/', 'https://kiro.dev/docs/'] as const;

/** The AWS pages every statement comes from, each page by its own title and address. */
export const sources = {
  GUIDE: {
    title: 'Sign out of your AWS account',
    url: 'https://docs.aws.amazon.com/signin/latest/userguide/how-to-sign-out-in.html',
  },
  TYPES: {
    title: 'Determine your user type',
    url: 'https://docs.aws.amazon.com/signin/latest/userguide/user-types-list.html',
  },
  HELP: {
    title: 'Help me sign in to AWS',
    url: 'https://docs.aws.amazon.com/signin/latest/userguide/sign-in-general-troubleshooting.html',
  },
  URLS: {
    title: 'Determine your sign-in URL',
    url: 'https://docs.aws.amazon.com/signin/latest/userguide/sign-in-urls-defined.html',
  },
  'TROUBLE-SIGNIN': {
    title: 'Troubleshooting AWS account sign-in issues',
    url: 'https://docs.aws.amazon.com/signin/latest/userguide/troubleshooting-sign-in-issues.html',
  },
  'CONSOLE-SIGNIN': {
    title: 'Sign in to the AWS Management Console',
    url: 'https://docs.aws.amazon.com/signin/latest/userguide/how-to-sign-in.html',
  },
  MULTI: {
    title: 'Signing in to multiple accounts',
    url: 'https://docs.aws.amazon.com/awsconsolehelpdocs/latest/gsg/multisession.html',
  },
  COMPARE: {
    title: 'Compare sign-up options',
    url: 'https://docs.aws.amazon.com/accounts/latest/reference/sign-up-for-aws.html',
  },
  'SIGNIN-SETTINGS': {
    title: 'Sign in to AWS Settings',
    url: 'https://docs.aws.amazon.com/signin/latest/userguide/sign-in-aws-settings.html',
  },
  SWITCH: {
    title: 'Switch between projects',
    url: 'https://docs.aws.amazon.com/accounts/latest/reference/switch-projects.html',
  },
  'SETTINGS-SESSIONS': {
    title: 'Delete all sessions in AWS Settings',
    url: 'https://docs.aws.amazon.com/accounts/latest/reference/delete-all-sessions.html',
  },
  'SETTINGS-PASSWORD': {
    title: 'Update your password in AWS Settings',
    url: 'https://docs.aws.amazon.com/accounts/latest/reference/update-password.html',
  },
  'TROUBLE-NEW': {
    title: 'Troubleshooting our new AWS experience issues',
    url: 'https://docs.aws.amazon.com/signin/latest/userguide/troubleshooting-sign-in-new.html',
  },
  PORTAL: {
    title: 'Signing in to the AWS access portal',
    url: 'https://docs.aws.amazon.com/singlesignon/latest/userguide/howtosignin.html',
  },
  'PORTAL-SESSIONS': {
    title: 'Viewing and ending your active session',
    url: 'https://docs.aws.amazon.com/singlesignon/latest/userguide/end-user-how-to-end-active-sessions-accessportal.html',
  },
  'ADMIN-SESSIONS': {
    title: 'View and end active sessions for your workforce users',
    url: 'https://docs.aws.amazon.com/singlesignon/latest/userguide/end-active-sessions.html',
  },
  AUTHSESSIONS: {
    title: 'Understanding authentication sessions in IAM Identity Center',
    url: 'https://docs.aws.amazon.com/singlesignon/latest/userguide/authconcept.html',
  },
  INTERACTIVE: {
    title: 'User interactive sessions',
    url: 'https://docs.aws.amazon.com/singlesignon/latest/userguide/user-interactive-sessions.html',
  },
  SESSIONS: {
    title: 'Set session duration for AWS accounts',
    url: 'https://docs.aws.amazon.com/singlesignon/latest/userguide/howtosessionduration.html',
  },
  MULTIREGION: {
    title: 'Workforce access through an additional Region',
    url: 'https://docs.aws.amazon.com/singlesignon/latest/userguide/multi-region-workforce-access.html',
  },
  'CLI-SIGNIN': {
    title: 'Sign in through the AWS Command Line Interface',
    url: 'https://docs.aws.amazon.com/signin/latest/userguide/command-line-sign-in.html',
  },
  'CLI-SSO': {
    title: 'Configuring IAM Identity Center authentication with the AWS CLI',
    url: 'https://docs.aws.amazon.com/cli/latest/userguide/cli-configure-sso.html',
  },
  'CLI-LOGIN': {
    title: 'Login for AWS local development using console credentials',
    url: 'https://docs.aws.amazon.com/cli/latest/userguide/cli-configure-sign-in.html',
  },
  'CLI-REF-SSO-LOGOUT': {
    title: 'aws sso logout (AWS CLI Command Reference)',
    url: 'https://docs.aws.amazon.com/cli/latest/reference/sso/logout.html',
  },
  'CLI-REF-LOGOUT': {
    title: 'aws logout (AWS CLI Command Reference)',
    url: 'https://docs.aws.amazon.com/cli/latest/reference/logout/',
  },
  'PS-LOGOUT': {
    title: 'Invoke-AWSLogout',
    url: 'https://docs.aws.amazon.com/powershell/v5/reference/items/Invoke-AWSLogout.html',
  },
  'IDC-REVOKE': {
    title: 'Revoke active IAM role sessions created by permission sets',
    url: 'https://docs.aws.amazon.com/singlesignon/latest/userguide/prereqs-revoking-user-permissions.html',
  },
  'PS-SSO-LOGOUT': {
    title: 'Invoke-AWSSSOLogout',
    url: 'https://docs.aws.amazon.com/powershell/v4/reference/items/Invoke-AWSSSOLogout.html',
  },
  'LOGOUT-API': {
    title: 'Logout',
    url: 'https://docs.aws.amazon.com/singlesignon/latest/PortalAPIReference/API_Logout.html',
  },
  'AI-TOOL': {
    title: 'Connect an AI coding tool',
    url: 'https://docs.aws.amazon.com/accounts/latest/reference/connect-ai-coding-tool.html',
  },
  'IAM-REVOKE': {
    title: 'Revoke IAM role temporary security credentials',
    url: 'https://docs.aws.amazon.com/IAM/latest/UserGuide/id_roles_use_revoke-sessions.html',
  },
  'MOBILE-TROUBLE': {
    title: 'AWS Console Mobile Application: Troubleshooting',
    url: 'https://docs.aws.amazon.com/consolemobileapp/latest/userguide/troubleshooting.html',
  },
  SAML: {
    title: 'Enabling SAML 2.0 federated principals to access the AWS Management Console',
    url: 'https://docs.aws.amazon.com/IAM/latest/UserGuide/id_roles_providers_enable-console-saml.html',
  },
  BUILDERID: {
    title: 'Sign in with AWS Builder ID',
    url: 'https://docs.aws.amazon.com/signin/latest/userguide/sign-in-builder-id.html',
  },
  'BUILDERID-APPS': {
    title: 'AWS tools and services that use AWS Builder ID',
    url: 'https://docs.aws.amazon.com/signin/latest/userguide/builder_id-apps.html',
  },
  'BUILDERID-PASSWORD': {
    title: 'Change your AWS Builder ID password',
    url: 'https://docs.aws.amazon.com/signin/latest/userguide/change-password-builder-id.html',
  },
  'BUILDERID-TROUBLE': {
    title: 'Troubleshooting AWS Builder ID issues',
    url: 'https://docs.aws.amazon.com/signin/latest/userguide/troubleshooting-builder-id-issues.html',
  },
  'BUILDERID-SESSIONS': {
    title: 'Delete all active sessions for your AWS Builder ID',
    url: 'https://docs.aws.amazon.com/signin/latest/userguide/delete-sessions-builder-id.html',
  },
  'Q-SETUP': {
    title: 'Installing the Amazon Q Developer extension or plugin in your IDE',
    url: 'https://docs.aws.amazon.com/amazonq/latest/qdeveloper-ug/q-in-IDE-setup.html',
  },
  'IDC-90': {
    title: 'Extended sessions for Kiro',
    url: 'https://docs.aws.amazon.com/singlesignon/latest/userguide/90-day-extended-session-duration.html',
  },
  'TOOLKIT-VSC': {
    title: 'AWS Toolkit for VS Code: signing out from the AWS panel (its maintainers, issue 3804)',
    url: 'https://github.com/aws/aws-toolkit-vscode/issues/3804',
  },
  'Q-VSC': {
    title: 'AWS Toolkit for VS Code: where Amazon Q’s Sign Out is (its maintainers, issue 5354)',
    url: 'https://github.com/aws/aws-toolkit-vscode/issues/5354',
  },
  'TOOLKIT-JB': {
    title: 'Navigating the AWS Toolkit for JetBrains',
    url: 'https://docs.aws.amazon.com/toolkit-for-jetbrains/latest/userguide/navigation.html',
  },
  'TOOLKIT-JB-CONFIG': {
    title: 'AWS Toolkit for JetBrains: signing out deleted sso-session profiles (issue 5167)',
    url: 'https://github.com/aws/aws-toolkit-jetbrains/issues/5167',
  },
  'TOOLKIT-JB-CREDENTIALS': {
    title: 'AWS Toolkit for JetBrains: a sign-out leaves credentials already issued (its maintainers, issue 2484)',
    url: 'https://github.com/aws/aws-toolkit-jetbrains/issues/2484',
  },
  'KIRO-CLI': {
    title: 'Kiro CLI: Authentication methods',
    url: 'https://kiro.dev/docs/cli/authentication',
  },
  'KIRO-VSC': {
    title: 'Set up Kiro for VS Code',
    url: 'https://kiro.dev/docs/extensions/vscode/setup/',
  },
} as const satisfies Record<string, { title: string; url: `${(typeof sourceOrigins)[number]}${string}` }>;

export type SourceId = keyof typeof sources;

/** When the wording was last checked against the pages above. */
export const sourcesCheckedOn = '2026-12-03';

/** A fact AWS's pages do not confirm may only be shown as a hedged hint. */
export interface Sourced {
  source: SourceId;
  /** Other pages that part of it comes from. */
  alsoFrom?: readonly SourceId[];
  unconfirmed?: true;
}
