import {
  awsSettingsManageSecurityPicture,
  builderIdDeleteAllActiveSessionsPicture,
  builderIdDeleteAllDialogPicture,
  builderIdSecurityPicture,
  confirmDeleteAllSessionsPicture,
  portalActiveSessionsPicture,
  portalConfirmEndSessionsPicture,
  portalSecurityPicture,
  portalSessionsEndedPicture,
  signedInDevicesPicture,
  accessPortalSignedOutPicture,
  accessPortalSignOutPicture,
  accessPortalUserNamePicture,
  awsSettingsSignOutPicture,
  awsSignInPageSignedOutPicture,
  builderIdProfilePicture,
  builderIdSignedOutPicture,
  builderIdSignOutPicture,
  builderIdToolPicture,
  consoleMenuPicture,
  consoleSignedOutPicture,
  consoleUserNamePicture,
  projectMenuPicture,
  projectNamePicture,
  type PictureContent,
} from './pictures';
import type { Sourced } from './sources';

/** What the person looks for or chooses in a step, quoted exactly when it is a label on screen. */
export type StepTarget =
  | { kind: 'control'; label: string }
  | { kind: 'page'; label: string }
  | { kind: 'address'; url: string }
  /** Not a label on screen: described in our words, never quoted. */
  | { kind: 'described'; text: string };

export interface StepContent extends Sourced {
  /** The screen's heading; unique within any path that includes the step. */
  heading: string;
  instruction: string;
  target: StepTarget;
  /** Where to look, drawn. */
  picture: PictureContent;
}

export interface ProcedureContent {
  id: ProcedureId;
  /** "Sign out of …" */
  title: string;
  steps: readonly StepContent[];
  /** How the person knows it worked. */
  success: Sourced & { text: string; picture?: PictureContent };
}

export type ProcedureId =
  | 'console'
  | 'access-portal'
  | 'project'
  | 'aws-settings'
  | 'builder-id-profile'
  | 'builder-id-tool'
  | 'portal-sessions'
  | 'builder-id-sessions'
  | 'aws-settings-sessions';

/** The console's sign-out options differ with how many identities are signed in (GUIDE). */
export type ConsoleSignOutOption = 'Sign out' | 'Sign out of all sessions' | 'Sign out of current session';

const consoleOptionWords: Record<ConsoleSignOutOption, string> = {
  'Sign out': 'With only one identity signed in, the menu offers this single sign-out option.',
  'Sign out of all sessions': 'This signs out every identity in this browser at the same time.',
  'Sign out of current session': 'This signs out only the identity that is selected now. The others stay signed in.',
};

const yourUserName: StepTarget = { kind: 'described', text: 'your user name' };

export function consoleProcedure(option: ConsoleSignOutOption): ProcedureContent {
  return {
    id: 'console',
    title: 'Sign out of the AWS Management Console',
    steps: [
      {
        heading: 'Choose your user name in the console',
        instruction:
          'In the AWS Management Console, look at the navigation bar at the top of the page. Your account name or IAM user name is shown at the upper right. Choose it.',
        target: yourUserName,
        picture: consoleUserNamePicture,
        source: 'GUIDE',
      },
      {
        heading: `Choose “${option}” in the console`,
        instruction: `A menu opens under your name. Choose “${option}”. ${consoleOptionWords[option]}`,
        target: { kind: 'control', label: option },
        picture: consoleMenuPicture(option, option !== 'Sign out'),
        source: 'GUIDE',
      },
    ],
    success: {
      text: 'You are returned to the AWS Management Console webpage.',
      picture: consoleSignedOutPicture,
      source: 'GUIDE',
    },
  };
}

export const accessPortalProcedure: ProcedureContent = {
  id: 'access-portal',
  title: 'Sign out of the AWS access portal',
  steps: [
    {
      heading: 'Choose your user name in the access portal',
      instruction: 'In the AWS access portal, look at the navigation bar. Your user name is at the upper right. Choose it.',
      target: yourUserName,
      picture: accessPortalUserNamePicture,
      source: 'GUIDE',
    },
    {
      heading: 'Choose “Sign out” in the access portal',
      instruction: 'Choose “Sign out”.',
      target: { kind: 'control', label: 'Sign out' },
      picture: accessPortalSignOutPicture,
      source: 'GUIDE',
    },
  ],
  success: {
    text: 'You see your AWS access portal sign in page.',
    picture: accessPortalSignedOutPicture,
    source: 'GUIDE',
  },
};

export const projectProcedure: ProcedureContent = {
  id: 'project',
  title: 'Sign out of your project',
  steps: [
    {
      heading: 'Choose your project name in the console',
      instruction:
        'In the AWS Management Console, look at the navigation bar at the top of the page. Your project name is shown at the upper right. Choose it.',
      target: { kind: 'described', text: 'your project name' },
      picture: projectNamePicture,
      source: 'GUIDE',
      alsoFrom: ['SWITCH'],
    },
    {
      heading: 'Choose “Sign out” under your project name',
      instruction: 'A menu opens under your project name. Choose “Sign out”.',
      target: { kind: 'control', label: 'Sign out' },
      picture: projectMenuPicture,
      source: 'GUIDE',
    },
  ],
  success: {
    text: 'You are returned to the AWS Management Console webpage.',
    picture: consoleSignedOutPicture,
    source: 'GUIDE',
  },
};

export const awsSettingsProcedure: ProcedureContent = {
  id: 'aws-settings',
  title: 'Sign out of AWS Settings',
  steps: [
    {
      heading: 'Choose “Sign Out” in AWS Settings',
      instruction:
        'In AWS Settings, look in the navigation pane on the left and choose “Sign Out”. AWS doesn’t say where in the pane it is, so look through the whole pane.',
      target: { kind: 'control', label: 'Sign Out' },
      picture: awsSettingsSignOutPicture,
      source: 'GUIDE',
    },
  ],
  success: {
    text: 'You are returned to the AWS sign in page.',
    picture: awsSignInPageSignedOutPicture,
    source: 'GUIDE',
  },
};

export const builderIdProfileProcedure: ProcedureContent = {
  id: 'builder-id-profile',
  title: 'Sign out of your AWS Builder ID profile',
  steps: [
    {
      heading: 'Open your AWS Builder ID profile',
      instruction:
        'Go to your AWS Builder ID profile at https://profile.aws.amazon.com/. When you are signed in there, you arrive at the “My details” page.',
      target: { kind: 'page', label: 'My details' },
      picture: builderIdProfilePicture,
      source: 'GUIDE',
    },
    {
      heading: 'Choose “Sign out” on your profile page',
      instruction: 'In the top right of your AWS Builder ID profile page, choose “Sign out”.',
      target: { kind: 'control', label: 'Sign out' },
      picture: builderIdSignOutPicture,
      source: 'GUIDE',
    },
  ],
  success: { text: 'You no longer see your AWS Builder ID profile.', picture: builderIdSignedOutPicture, source: 'GUIDE' },
};

export const builderIdToolProcedure: ProcedureContent = {
  id: 'builder-id-tool',
  title: 'Sign out of the tools you use with AWS Builder ID',
  steps: [
    {
      heading: 'Sign out in each tool you use with your Builder ID',
      instruction:
        'A tool you use with your Builder ID, such as Amazon Q Developer, is signed out of in that tool itself. Use the tool’s own sign-out, then do the same in every other tool you signed in to: each one is signed out of separately.',
      target: { kind: 'described', text: 'the tool’s own sign-out' },
      picture: builderIdToolPicture,
      source: 'GUIDE',
    },
  ],
  success: {
    text: 'You have used the sign-out in each tool you signed in to with your Builder ID. Each tool shows this in its own way; check the tool’s own help if you’re unsure.',
    source: 'GUIDE',
  },
};

/** Ending sessions on a device or browser the person can't reach, from one they can. */
export const portalSessionsProcedure: ProcedureContent = {
  id: 'portal-sessions',
  title: 'End your sessions from the AWS access portal',
  steps: [
    {
      heading: 'Choose “Security” in the access portal',
      instruction: 'On a device you can use now, sign in to your AWS access portal. Near the top right of the page, choose “Security”.',
      target: { kind: 'control', label: 'Security' },
      picture: portalSecurityPicture,
      source: 'PORTAL-SESSIONS',
    },
    {
      heading: 'Select the sessions to end',
      instruction:
        'The number in brackets next to “Active sessions” is how many sessions you have. If some are not listed, choose “Load more active sessions”. Select the check box next to each session you want to end, then choose “End sessions”.',
      target: { kind: 'control', label: 'End sessions' },
      picture: portalActiveSessionsPicture,
      source: 'PORTAL-SESSIONS',
    },
    {
      heading: 'Type confirm, then choose “End sessions”',
      instruction: 'You are asked to confirm. Type the word confirm, then choose “End sessions”.',
      target: { kind: 'control', label: 'End sessions' },
      picture: portalConfirmEndSessionsPicture,
      source: 'PORTAL-SESSIONS',
    },
  ],
  success: {
    text: 'A green notification message appears, saying that the sessions you selected were ended.',
    picture: portalSessionsEndedPicture,
    source: 'PORTAL-SESSIONS',
  },
};

export const builderIdSessionsProcedure: ProcedureContent = {
  id: 'builder-id-sessions',
  title: 'Sign out of your AWS Builder ID on every device',
  steps: [
    {
      heading: 'Choose “Security” in your AWS Builder ID profile',
      instruction:
        'On a device you can use now, sign in to your AWS Builder ID profile at https://profile.aws.amazon.com/. In the navigation on the left, choose “Security”.',
      target: { kind: 'control', label: 'Security' },
      picture: builderIdSecurityPicture,
      source: 'BUILDERID-SESSIONS',
      alsoFrom: ['GUIDE'],
    },
    {
      heading: 'Choose “Delete all active sessions”',
      instruction: 'On the “Security” page, choose “Delete all active sessions”.',
      target: { kind: 'control', label: 'Delete all active sessions' },
      picture: builderIdDeleteAllActiveSessionsPicture,
      source: 'BUILDERID-SESSIONS',
    },
    {
      heading: 'Type delete all, then choose “Delete all sessions”',
      instruction: 'A “Delete all sessions” dialog box opens. Type the words delete all, then choose “Delete all sessions”.',
      target: { kind: 'control', label: 'Delete all sessions' },
      picture: builderIdDeleteAllDialogPicture,
      source: 'BUILDERID-SESSIONS',
    },
  ],
  success: {
    text: 'AWS doesn’t describe what you see once it’s done. It says that deleting all your sessions signs you out of every device and browser where you signed in with your AWS Builder ID.',
    source: 'BUILDERID-SESSIONS',
  },
};

export const awsSettingsSessionsProcedure: ProcedureContent = {
  id: 'aws-settings-sessions',
  title: 'Delete all your sessions from AWS Settings',
  steps: [
    {
      heading: 'Choose “Manage security and sign-in” in AWS Settings',
      instruction:
        'On a device you can use now, sign in to AWS Settings at settings.aws.com. In the navigation pane, choose “Manage security and sign-in”: it takes you to your AWS Builder ID profile. AWS doesn’t say where in the pane it is, so look through the whole pane.',
      target: { kind: 'control', label: 'Manage security and sign-in' },
      picture: awsSettingsManageSecurityPicture,
      source: 'SETTINGS-SESSIONS',
      alsoFrom: ['SIGNIN-SETTINGS'],
    },
    {
      heading: 'Choose “Delete all sessions” under “Signed in devices”',
      instruction: 'In your AWS Builder ID profile, under “Signed in devices”, choose “Delete all sessions”.',
      target: { kind: 'control', label: 'Delete all sessions' },
      picture: signedInDevicesPicture,
      source: 'SETTINGS-SESSIONS',
    },
    {
      heading: 'Confirm, then choose “Delete all sessions”',
      instruction: 'You are asked to confirm your choice. Confirm it, then choose “Delete all sessions”.',
      target: { kind: 'control', label: 'Delete all sessions' },
      picture: confirmDeleteAllSessionsPicture,
      source: 'SETTINGS-SESSIONS',
    },
  ],
  success: {
    text: 'You are signed out of AWS Settings, here as well: deleting all sessions ends them across all your devices.',
    source: 'SETTINGS-SESSIONS',
  },
};
