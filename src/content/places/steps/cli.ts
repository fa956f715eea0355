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

export const steps: PlaceSteps = {
  signOut,
};
