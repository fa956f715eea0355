import type { TerminalPicture } from '../pictures';
import type { ProcedureContent } from '../procedure';
import type { UserType } from '../user-types/registry';
import type { Place, SignOutSituation } from './place';

/** Those who sign in to the AWS CLI with their console credentials, `aws login` (CLI-SIGNIN). */
const consoleCredentialUsers: readonly UserType[] = ['root-user', 'iam-user', 'federated-identity'];

const terminalCaption = 'Simplified drawing, not a screenshot: your terminal looks its own way.';
const inATerminal = 'Sign out of the AWS CLI in your terminal';

const ssoLogoutPicture: TerminalPicture = {
  alt: 'Drawing of a terminal: aws sso logout typed after the prompt, and the line it prints, Successfully signed out of all SSO profiles.',
  caption: terminalCaption,
  terminal: [{ command: 'aws sso logout' }, { output: 'Successfully signed out of all SSO profiles.' }],
  source: 'CLI-SSO',
};

/** IAM Identity Center users (CLI-SSO). */
const ssoLogout: ProcedureContent = {
  id: 'cli-sso',
  title: 'Sign out of the AWS CLI',
  steps: [
    {
      heading: inATerminal,
      instruction:
        'In a terminal on this device, run `aws sso logout`. It signs you out of every IAM Identity Center profile at once: it has no option to sign out of only one.',
      target: { kind: 'command', command: 'aws sso logout' },
      picture: ssoLogoutPicture,
      source: 'CLI-SSO',
    },
  ],
  success: {
    text: 'The terminal prints `Successfully signed out of all SSO profiles.` To use a profile again, you run `aws sso login` first.',
    picture: ssoLogoutPicture,
    source: 'CLI-SSO',
  },
};

const logoutAllPicture = (hedged: boolean): TerminalPicture => ({
  alt: 'Drawing of a terminal with aws logout --all typed after the prompt. AWS doesn’t say what it prints, so nothing is drawn after it.',
  caption: terminalCaption,
  terminal: [{ command: 'aws logout --all' }],
  source: 'CLI-LOGIN',
  ...(hedged && { unconfirmed: true as const }),
});

const whereCredentialsAre =
  'It signs you out by deleting your cached credentials, kept in `~/.aws/login/cache` (on Windows, `%USERPROFILE%\\.aws\\login\\cache`).';

/** Root users, IAM users and federated identities (CLI-SIGNIN, CLI-LOGIN). */
const logout: ProcedureContent = {
  id: 'cli-login',
  title: 'Sign out of the AWS CLI',
  steps: [
    {
      heading: inATerminal,
      instruction:
        'In a terminal on this device, run `aws logout --all`. It signs you out of every profile you signed in to with `aws login`. For one profile only, run `aws logout --profile` followed by its name; `aws logout` alone signs you out of your default profile, or of the one named in `AWS_PROFILE`.',
      target: { kind: 'command', command: 'aws logout --all' },
      picture: logoutAllPicture(false),
      source: 'CLI-LOGIN',
      alsoFrom: ['CLI-SIGNIN'],
    },
  ],
  success: {
    text: `AWS doesn’t say what \`aws logout\` prints. ${whereCredentialsAre}`,
    source: 'CLI-LOGIN',
  },
};

/** Project owners and team members: AWS lists them among those who use `aws login` (HELP), but documents `aws logout` only for the others (CLI-SIGNIN). */
const projectLogout: ProcedureContent = {
  id: 'cli-project',
  title: 'Sign out of the AWS CLI',
  steps: [
    {
      heading: inATerminal,
      instruction:
        'In a terminal on this device, try `aws logout --all`. AWS lists project owners and team members among those who sign in to the AWS CLI with `aws login`, but documents `aws logout` only for root users, IAM users and federated identities, so it may not apply to you.',
      target: { kind: 'command', command: 'aws logout --all' },
      picture: logoutAllPicture(true),
      source: 'CLI-SIGNIN',
      alsoFrom: ['HELP'],
      unconfirmed: true,
    },
  ],
  success: {
    text: `AWS doesn’t say what \`aws logout\` prints, or that it signs out a project owner or team member. Where it does apply, ${whereCredentialsAre.charAt(0).toLowerCase()}${whereCredentialsAre.slice(1)}`,
    source: 'CLI-LOGIN',
    alsoFrom: ['CLI-SIGNIN'],
    unconfirmed: true,
  },
};

function signOut({ userType }: SignOutSituation): ProcedureContent {
  if (userType === 'identity-center-user') return ssoLogout;
  return consoleCredentialUsers.includes(userType) ? logout : projectLogout;
}

export const cli: Place<'cli'> = {
  id: 'cli',
  option: {
    label: 'The AWS CLI, in a terminal',
    hint: 'You signed in with `aws login` or `aws sso login` in a terminal on this device.',
    source: 'CLI-SIGNIN',
  },
  name: 'the AWS CLI',
  offeredTo: ['root-user', 'iam-user', 'identity-center-user', 'federated-identity', 'project-user'],
  signOut,
  notes: [
    {
      id: 'cli-role-credentials-go-on',
      scope: { userTypes: ['identity-center-user'] },
      afterwards:
        'Role credentials the AWS CLI was already given keep working until they expire: after 1 hour, unless your administrator set a longer time, of up to 12 hours.',
      stillSignedIn: {
        symptom: 'A command still works after `aws sso logout`.',
        fix: 'Role credentials the AWS CLI was already given keep working until they expire: 1 hour by default, at most 12. Wait for them to expire, or ask your administrator.',
      },
      source: 'LOGOUT-API',
      alsoFrom: ['SESSIONS'],
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
      id: 'cli-other-region',
      scope: { userTypes: ['identity-center-user'] },
      stillSignedIn: {
        symptom: 'The AWS CLI is still signed in through the portal of another AWS Region.',
        fix: 'AWS CLI sign-ins aren’t copied between AWS Regions: one made through another Region’s portal is separate, and is signed out of separately.',
      },
      source: 'MULTIREGION',
    },
    {
      id: 'cli-powershell',
      scope: { userTypes: ['identity-center-user'] },
      afterwards:
        'In AWS Tools for PowerShell, `Invoke-AWSSSOLogout` signs you out in the same way: of every profile, unless you name one with `-ProfileName`.',
      source: 'PS-SSO-LOGOUT',
    },
    {
      id: 'cli-one-profile',
      scope: { userTypes: [...consoleCredentialUsers, 'project-user'] },
      stillSignedIn: {
        symptom: 'A command still works with another profile.',
        fix: '`aws logout` without options signs out only your default profile, or the one named in `AWS_PROFILE`. Run `aws logout --all` to sign out of every profile you signed in to with `aws login`.',
      },
      source: 'CLI-LOGIN',
    },
    {
      id: 'cli-console-separate',
      scope: { userTypes: consoleCredentialUsers, notPlaces: ['console'] },
      afterwards:
        'AWS doesn’t say whether `aws logout` signs you out of the console in your browser: the two sign-ins are separate. If you use both, sign out of the console too.',
      source: 'CLI-LOGIN',
      alsoFrom: ['CLI-SIGNIN'],
      unconfirmed: true,
    },
    {
      id: 'cli-credential-process',
      scope: { userTypes: consoleCredentialUsers },
      afterwards:
        'Tools that get their credentials from the AWS CLI through a `credential_process` profile depend on that profile’s sign-in; AWS doesn’t say more about them after `aws logout`.',
      source: 'CLI-LOGIN',
    },
    {
      id: 'cli-ai-coding-tool',
      scope: { userTypes: ['project-user'] },
      afterwards:
        'If you connected an AI coding tool with `aws login`, AWS can renew its credentials for up to 90 days. On the “Choose AWS sessions” page you see while connecting one, the exit icon next to a session removes it.',
      source: 'AI-TOOL',
    },
  ],
};
