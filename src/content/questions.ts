import { noneOfThese, notSure, type QuestionId } from './answers';
import type { OptionContent } from './option';
import { everyPlaceSet, placeHintFor, placeSetOption } from './places/registry';
import { signInMethods, userTypes, type UserType } from './user-types/registry';

export interface QuestionContent {
  /** The question itself: the screen's heading and the fieldset's legend. */
  text: string;
  /** Short name used in the answers summary and in "Change …" links. */
  summaryLabel: string;
  /** Shown under the question, before the options. */
  intro?: string;
  /** Error shown when Continue is chosen with nothing selected. */
  error: string;
  /** The words of every answer it can take, by slug; which of them it offers depends on the answers before it. */
  options: Readonly<Record<string, OptionContent>>;
}

export const questions: Record<QuestionId, QuestionContent> = {
  userType: {
    text: 'What kind of AWS user are you?',
    summaryLabel: 'User type',
    intro: 'How you sign out depends on how you signed in.',
    error: 'Select the kind of AWS user you are, or that you’re not sure',
    options: {
      ...Object.fromEntries(userTypes.map((userType) => [userType.id, userType.option])),
      [notSure]: {
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
      ...Object.fromEntries(signInMethods.map(({ method: { id, ...option } }) => [id, option])),
      [noneOfThese]: {
        label: 'None of these',
        hint: 'Or I can’t remember how I sign in.',
      },
    },
  },
  whereToSignOut: {
    text: 'Where do you want to sign out?',
    summaryLabel: 'Where to sign out',
    error: 'Select here, on this device, or somewhere you can’t get to now',
    options: {
      'this-browser': {
        label: 'Here, on this device',
        hint: 'In this browser, or in a terminal or code editor on the device you’re using now.',
        source: 'GUIDE',
      },
      elsewhere: {
        label: 'Somewhere I can’t get to now',
        hint: 'Another device or browser where you may still be signed in, such as a shared or lost laptop, a library computer or a phone.',
      },
    },
  },
  places: {
    text: 'Where are you signed in?',
    summaryLabel: 'Signed in to',
    intro: 'Select all that apply.',
    error: 'Select where you are signed in',
    options: Object.fromEntries(everyPlaceSet.map((answer) => [answer, placeSetOption(answer)!])),
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
        hint: 'More than one identity is open in this browser, in the same or different accounts.',
        more: 'Multi-session may be on even if you never turned it on: signing in to a project or with a Builder ID turns it on.',
        source: 'MULTI',
        alsoFrom: ['CONSOLE-SIGNIN', 'COMPARE'],
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
  return questions[question].options[value];
}

/** An answer's words as a kind of user is offered it: a place's hint can depend on who is asked. */
export function optionContentFor(question: QuestionId, value: string, userType: UserType | undefined): OptionContent | undefined {
  const content = optionContent(question, value);
  const hint = question === 'places' && userType ? placeHintFor(value, userType) : undefined;
  return content && hint ? { ...content, hint } : content;
}
