import type { UserType } from '../user-types/registry';
import type { Place } from './place';

/** Those who sign in to the AWS CLI with their console credentials, `aws login` (CLI-SIGNIN). */
const consoleCredentialUsers: readonly UserType[] = ['root-user', 'iam-user', 'federated-identity'];

/** Those who sign in with `aws login`: every kind of user the AWS CLI is offered to but Identity Center users. */
const loginUsers: readonly UserType[] = [...consoleCredentialUsers, 'project-user'];

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
  notes: [
    {
      id: 'cli-saved-credentials',
      stillSignedIn: {
        first: true,
        symptom: 'A command still works after you signed out.',
        fix: 'Each sign-out command removes only the credentials its own sign-in gave. Access keys saved with `aws configure`, and credentials pasted from the access portal, stay until you remove them. Run `aws configure list` to see where the AWS CLI gets its credentials, then remove any you find from your credentials and config files.',
      },
      source: 'CLI-LOGIN',
      alsoFrom: ['CLI-REF-LOGOUT', 'CLI-REF-SSO-LOGOUT'],
    },
    {
      id: 'cli-role-credentials-copied',
      scope: { userTypes: ['identity-center-user'] },
      afterwards:
        '`aws sso logout` deletes the role credentials the AWS CLI had cached. Copies of them made elsewhere, such as in environment variables or on another computer, keep working until they expire: after 1 hour, unless your administrator set a longer time, of up to 12 hours.',
      somethingStays: true,
      stillSignedIn: {
        symptom: 'Somewhere else, credentials copied from the AWS CLI still work.',
        fix: 'Copies of role credentials keep working until they expire: after 1 hour by default, at most 12. If that can’t wait, ask your administrator, who can end them sooner in IAM Identity Center.',
      },
      source: 'LOGOUT-API',
      alsoFrom: ['CLI-REF-SSO-LOGOUT', 'SESSIONS', 'IDC-REVOKE'],
    },
    {
      id: 'cli-and-portal',
      scope: { userTypes: ['identity-center-user'], notPlaces: ['access-portal'] },
      afterwards:
        'AWS doesn’t say whether `aws sso logout` signs you out of the access portal in your browser, or whether signing out of the portal signs out the AWS CLI. If you use both, sign out of both.',
      source: 'CLI-SSO',
      alsoFrom: ['PORTAL'],
      unconfirmed: true,
    },
    {
      id: 'cli-powershell-sso',
      scope: { userTypes: ['identity-center-user'] },
      afterwards:
        'If you also use AWS Tools for PowerShell, run `Invoke-AWSSSOLogout` there too. It removes the IAM Identity Center tokens of every profile (or of one, with `-ProfileName`) and prints nothing. AWS doesn’t say whether it removes role credentials as well, or whether `aws sso logout` covers PowerShell.',
      source: 'PS-SSO-LOGOUT',
      unconfirmed: true,
    },
    {
      id: 'cli-powershell-login',
      scope: { userTypes: loginUsers },
      afterwards:
        'If you also use AWS Tools for PowerShell, run `Invoke-AWSLogout -All` there too. It removes the login tokens of every profile that uses them (without `-All`, of one profile) and prints nothing.',
      source: 'PS-LOGOUT',
    },
    {
      id: 'cli-one-profile',
      scope: { userTypes: loginUsers },
      stillSignedIn: {
        symptom: 'A command still works with another profile.',
        fix: '`aws logout` without options signs out only your default profile, or the one named in `AWS_PROFILE`. Run `aws logout --all` to sign out of every profile you signed in to with `aws login`.',
      },
      source: 'CLI-REF-LOGOUT',
    },
    {
      id: 'cli-and-console',
      scope: { userTypes: loginUsers, notPlaces: ['console', 'project'] },
      afterwards:
        'AWS doesn’t say whether `aws logout` signs you out of the console in your browser, and `aws login` can use a console session you have open. If you use the console too, sign out of it as well.',
      source: 'CLI-LOGIN',
      alsoFrom: ['CLI-SIGNIN'],
      unconfirmed: true,
    },
    {
      id: 'cli-credential-process',
      scope: { userTypes: loginUsers },
      afterwards:
        'A tool that gets its AWS credentials through the AWS CLI (a profile with `credential_process`) can’t get new ones after `aws logout`. AWS doesn’t say whether it may keep using ones it already has until they expire.',
      source: 'CLI-LOGIN',
      unconfirmed: true,
    },
    {
      id: 'cli-ai-coding-tool',
      scope: { userTypes: ['project-user'] },
      afterwards:
        'If you connected an AI coding tool with `aws login --profile`, the “Choose AWS sessions” page appears each time you do. Each login gives 12 hours of access, and AWS can renew it for up to 90 days. On that page, the exit icon next to a session removes it.',
      source: 'AI-TOOL',
    },
  ],
};
