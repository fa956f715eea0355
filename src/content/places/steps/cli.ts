import type { UserType } from '../../user-types/registry';
import type { TerminalPicture } from '../../pictures';
import type { ProcedureContent } from '../../procedure';
import type { PlaceSteps, SignOutSituation } from '../place';

const terminalCaption = 'Simplified drawing, not a screenshot: your terminal looks its own way.';
const inATerminal = 'Sign out of the AWS CLI in your terminal';

const ssoLogoutPicture: TerminalPicture = {
  alt: 'Drawing of a terminal: aws sso logout typed after the prompt, and the line it prints, Successfully signed out of all SSO profiles.',
  caption: terminalCaption,
  terminal: [{ command: 'aws sso logout' }, { output: 'Successfully signed out of all SSO profiles.' }],
  source: 'CLI-SSO',
};

/** IAM Identity Center users (CLI-SSO, CLI-REF-SSO-LOGOUT). */
const ssoLogout: ProcedureContent = {
  id: 'cli-sso',
  title: 'Sign out of the AWS CLI',
  steps: [
    {
      heading: inATerminal,
      instruction:
        'In a terminal on this device, run `aws sso logout`. It signs you out of every IAM Identity Center profile at once, and deletes the role credentials the AWS CLI got with them. It has no option to sign out of only one profile.',
      target: { kind: 'command', command: 'aws sso logout' },
      picture: ssoLogoutPicture,
      source: 'CLI-REF-SSO-LOGOUT',
      alsoFrom: ['CLI-SSO'],
    },
  ],
  success: {
    text: 'The terminal prints `Successfully signed out of all SSO profiles.` To use a profile again, you run `aws sso login` first.',
    picture: ssoLogoutPicture,
    source: 'CLI-SSO',
    alsoFrom: ['CLI-REF-SSO-LOGOUT'],
  },
};

const logoutAllPicture: TerminalPicture = {
  alt: 'Drawing of a terminal with aws logout --all typed after the prompt. AWS doesn’t say what it prints, so nothing is drawn after it.',
  caption: terminalCaption,
  terminal: [{ command: 'aws logout --all' }],
  source: 'CLI-REF-LOGOUT',
};

/**
 * Everyone who signs in with `aws login` (CLI-SIGNIN, CLI-LOGIN): root users, IAM users and federated
 * identities, and project owners and team members, who connect with `aws login --profile` (AI-TOOL).
 * AWS describes the command per profile, not per kind of user (CLI-REF-LOGOUT).
 */
const logout: ProcedureContent = {
  id: 'cli-login',
  title: 'Sign out of the AWS CLI',
  steps: [
    {
      heading: inATerminal,
      instruction:
        'In a terminal on this device, run `aws logout --all`. It signs you out of every profile you signed in to with `aws login`. For one profile only, run `aws logout --profile` followed by its name; `aws logout` alone signs you out of your default profile, or of the one named in `AWS_PROFILE`.',
      target: { kind: 'command', command: 'aws logout --all' },
      picture: logoutAllPicture,
      source: 'CLI-REF-LOGOUT',
      alsoFrom: ['CLI-LOGIN', 'CLI-SIGNIN'],
    },
  ],
  success: {
    text: 'AWS doesn’t say what `aws logout` prints, so there is no message to look for. It signs you out by deleting your cached login credentials, kept by default in `~/.aws/login/cache` (on Windows, `%USERPROFILE%\\.aws\\login\\cache`).',
    source: 'CLI-LOGIN',
    alsoFrom: ['CLI-REF-LOGOUT'],
    noSign: true,
  },
};

const signOut = ({ userType }: SignOutSituation): ProcedureContent => (userType === 'identity-center-user' ? ssoLogout : logout);

/** Those who sign in to the AWS CLI with their console credentials, `aws login` (CLI-SIGNIN). */
const consoleCredentialUsers: readonly UserType[] = ['root-user', 'iam-user', 'federated-identity'];

/** Those who sign in with `aws login`: every kind of user the AWS CLI is offered to but Identity Center users. */
const loginUsers: readonly UserType[] = [...consoleCredentialUsers, 'project-user'];

export const steps: PlaceSteps = {
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
  signOut,
};
