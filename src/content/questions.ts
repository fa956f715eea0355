import type { AnswerValue, QuestionId } from './answers';
import type { Sourced } from './sources';

export interface OptionContent extends Partial<Sourced> {
  label: string;
  hint: string;
}

export interface QuestionContent<Q extends QuestionId = QuestionId> {
  /** The question itself: the screen's heading and the fieldset's legend. */
  text: string;
  /** Short name used in the answers summary and in "Change …" links. */
  summaryLabel: string;
  /** Shown under the question, before the options. */
  intro?: string;
  /** Error shown when Continue is chosen with nothing selected. */
  error: string;
  options: Record<AnswerValue<Q>, OptionContent>;
}

export const questions: { [Q in QuestionId]: QuestionContent<Q> } = {
  userType: {
    text: 'What kind of AWS user are you?',
    summaryLabel: 'User type',
    intro: 'How you sign out depends on how you signed in.',
    error: 'Select the kind of AWS user you are, or that you’re not sure',
    options: {
      'root-user': {
        label: 'Account root user',
        hint: 'You created the AWS account and sign in with its email address and password.',
        source: 'TYPES',
      },
      'iam-user': {
        label: 'IAM user',
        hint: 'An administrator gave you an account ID or alias, a user name and a password.',
        source: 'TYPES',
      },
      'identity-center-user': {
        label: 'IAM Identity Center user',
        hint: 'You sign in at your organization’s AWS access portal, at an address such as https://d-xxxxxxxxxx.awsapps.com/start or a Regional one such as https://ssoins-111111h2222j33pp.eu-west-1.portal.amazonaws.com, perhaps with the same user name and password as your company’s other systems.',
        source: 'TYPES',
        alsoFrom: ['MULTIREGION'],
      },
      'federated-identity': {
        label: 'Federated identity',
        hint: 'You sign in to an AWS account’s console through your company’s sign-on portal, or a login such as Login with Amazon, Google or Facebook.',
        source: 'TYPES',
      },
      'project-user': {
        label: 'Project owner or team member (the new AWS experience)',
        hint: 'You use projects and AWS Settings, and sign in with a login you already have: Google, GitHub, Apple or Amazon. AWS is releasing this experience to a limited number of customers, so you may not have it.',
        source: 'TYPES',
        alsoFrom: ['GUIDE'],
      },
      'builder-id': {
        label: 'AWS Builder ID user',
        hint: 'You have a personal profile for tools such as Amazon Q Developer, Amazon CodeCatalyst or AWS Training and Certification.',
        source: 'BUILDERID',
      },
      'not-sure': {
        label: 'I’m not sure',
        hint: 'Answer one or two questions about how you sign in and we’ll work it out.',
      },
    },
  },
  createdAccount: {
    text: 'Do you sign in with the email address and password that created the AWS account?',
    summaryLabel: 'Signs in with the account’s own email',
    error: 'Select yes or no',
    options: {
      yes: {
        label: 'Yes',
        hint: 'I created the AWS account myself, and sign in with that email address and password.',
        source: 'TYPES',
      },
      no: {
        label: 'No, or I don’t know',
        hint: 'Someone else created the account, or I don’t use an AWS account at all.',
        source: 'TYPES',
      },
    },
  },
  signInMethod: {
    text: 'How do you sign in?',
    summaryLabel: 'How you sign in',
    error: 'Select how you sign in, or that none of these fits',
    options: {
      'account-id-and-user-name': {
        label: 'With an account ID or alias, a user name and a password',
        hint: 'An administrator or help desk gave them to you. The account ID is 12 digits.',
        source: 'TYPES',
      },
      'access-portal': {
        label: 'At an AWS access portal address',
        hint: 'An address such as https://d-xxxxxxxxxx.awsapps.com/start, a Regional one such as https://ssoins-111111h2222j33pp.portal.eu-west-1.app.aws, or one containing signin.aws/platform/login, perhaps from an invitation email sent by no-reply@login.awsapps.com or no-reply@signin.aws. You may reach it with the same user name and password you use for your company’s other systems.',
        source: 'TYPES',
        alsoFrom: ['MULTIREGION', 'HELP'],
      },
      'sign-on-portal': {
        label: 'Through my company’s sign-on portal, or a login such as Google or Facebook',
        hint: 'A company directory or single sign-on page, or a login such as Login with Amazon, Google or Facebook, that takes you to an AWS account’s console. If it takes you to an AWS access portal, choose the access portal instead; if it opens a project, choose the project login.',
        source: 'TYPES',
      },
      'project-login': {
        label: 'With a Google, GitHub, Apple or Amazon login, to a project',
        hint: 'You created a project, or a project owner invited you to one by email. On the console’s sign-in page you choose “project user”.',
        source: 'TYPES',
        alsoFrom: ['CONSOLE-SIGNIN'],
      },
      'aws-settings': {
        label: 'At AWS Settings, settings.aws.com',
        hint: 'Where you see and open your projects.',
        source: 'HELP',
        alsoFrom: ['SIGNIN-SETTINGS'],
      },
      'personal-profile': {
        label: 'With a personal profile, no AWS account needed',
        hint: 'For tools such as Amazon Q Developer, Amazon CodeCatalyst or AWS Training and Certification.',
        source: 'BUILDERID',
      },
      'none-of-these': {
        label: 'None of these',
        hint: 'Or I can’t remember how I sign in.',
      },
    },
  },
  whereToSignOut: {
    text: 'Where do you want to sign out?',
    summaryLabel: 'Where to sign out',
    error: 'Select here, in this browser, or somewhere you can’t get to now',
    options: {
      'this-browser': {
        label: 'Here, in this browser',
        hint: 'On the device you’re using now, in this browser.',
        source: 'GUIDE',
      },
      elsewhere: {
        label: 'Somewhere I can’t get to now',
        hint: 'Another device or browser where you may still be signed in, such as a shared or lost laptop, a library computer or a phone.',
      },
    },
  },
  portal: {
    text: 'Where are you signed in?',
    summaryLabel: 'Signed in to',
    error: 'Select where you are signed in',
    options: {
      console: {
        label: 'AWS Management Console',
        hint: 'The console of an AWS account, with your account name or user name at the upper right of its navigation bar.',
        source: 'GUIDE',
      },
      'access-portal': {
        label: 'AWS access portal',
        hint: 'Your organization’s portal, at an address such as https://d-xxxxxxxxxx.awsapps.com/start or a Regional one without /start.',
        source: 'PORTAL',
        alsoFrom: ['MULTIREGION'],
      },
      'console-and-access-portal': {
        label: 'Both: the access portal and a console I opened from it',
        hint: 'You’ll sign out of the console first, then the portal, because console sessions stay open after you sign out of the portal.',
        source: 'AUTHSESSIONS',
      },
      project: {
        label: 'A project, in the AWS Management Console',
        hint: 'The console shows your project name at the upper right.',
        source: 'GUIDE',
        alsoFrom: ['SWITCH'],
      },
      'aws-settings': {
        label: 'AWS Settings',
        hint: 'At settings.aws.com, where you see and open your projects.',
        source: 'SIGNIN-SETTINGS',
      },
      'project-and-aws-settings': {
        label: 'Both: a project and AWS Settings',
        hint: 'AWS doesn’t say whether signing out of one signs you out of the other, so you’ll sign out of both: the project first, then AWS Settings.',
        source: 'GUIDE',
      },
      'builder-id-profile': {
        label: 'My AWS Builder ID profile',
        hint: 'The profile page at https://profile.aws.amazon.com/, which opens on “My details”. Signing up for the new AWS experience gives you one too.',
        source: 'GUIDE',
        alsoFrom: ['BUILDERID'],
      },
      'builder-id-tool': {
        label: 'An AWS tool I use with my Builder ID',
        hint: 'For example Amazon Q Developer, Amazon CodeCatalyst or AWS Training and Certification.',
        source: 'BUILDERID',
      },
    },
  },
  sessions: {
    text: 'How many identities are signed in to the console in this browser?',
    summaryLabel: 'Identities signed in',
    intro: 'With multi-session turned on, up to five identities can be signed in at once in one browser, each in its own tab.',
    error: 'Select one identity or several',
    options: {
      one: {
        label: 'Just one',
        hint: 'The menu under your user name offers a single “Sign out”.',
        source: 'GUIDE',
      },
      several: {
        label: 'Several (multi-session)',
        hint: 'You turned on multi-session and have more than one identity open, in the same or different accounts.',
        source: 'MULTI',
      },
    },
  },
  whichSessions: {
    text: 'Which identities do you want to sign out?',
    summaryLabel: 'Sign out of',
    error: 'Select all identities or only the current one',
    options: {
      all: {
        label: 'All of them',
        hint: 'Every identity signed in to this browser, at once.',
        source: 'GUIDE',
      },
      current: {
        label: 'Only the current one',
        hint: 'The identity that is selected now; the others stay signed in.',
        source: 'GUIDE',
      },
    },
  },
};

/** An answer's words, looked up by slugs that may come from anywhere (an address, an event). */
export function optionContent(question: QuestionId, value: string): OptionContent | undefined {
  return (questions[question].options as Record<string, OptionContent>)[value];
}
