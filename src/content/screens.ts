import type { WhereToSignOut } from './answers';

/** The wizard's own words for the screens after the start page. */
export const stepScreen = {
  /** Read with the heading: "Step 2 of 4 · Sign out of the AWS Management Console: Choose …". */
  caption: (number: number, count: number, procedureTitle: string) => `Step ${number} of ${count} · ${procedureTitle}`,
  next: 'Next step',
  previous: 'Previous step',
  lastNext: 'I’ve done this step',
  allSteps: 'All steps',
} as const;

export const confirmationScreen = {
  heading: 'Check that it worked',
  lead: 'This is how you know you are signed out:',
  question: 'Are you signed out?',
  yes: 'Yes, I’m signed out',
  no: 'No, I’m still signed in',
  error: 'Select whether you are signed out',
} as const;

export const doneScreen = {
  heading: 'You’re signed out',
  noCaveats: 'You’ve finished the steps for your situation. If you signed in on another browser or device, sign out there too.',
  alsoKnow: 'Also good to know',
  moreAbout: 'More about this',
} as const;

export const notSignedOutScreen = {
  heading: 'Still signed in? Here’s what to check',
  lead: 'These are the known reasons for your situation, and what to do about each.',
} as const;

/** The words of the check and the screens after it. */
export interface CheckWords {
  confirmation: { [K in keyof typeof confirmationScreen]: string };
  done: { [K in keyof typeof doneScreen]: string };
  notSignedOut: { [K in keyof typeof notSignedOutScreen]: string };
}

/** By where the person signs out: sessions ended on another device or browser are checked differently. */
const checkWords: Record<WhereToSignOut, CheckWords> = {
  'this-browser': { confirmation: confirmationScreen, done: doneScreen, notSignedOut: notSignedOutScreen },
  elsewhere: {
    confirmation: {
      ...confirmationScreen,
      lead: 'This is how you know it worked:',
      question: 'Did it work?',
      yes: 'Yes, it worked',
      no: 'No, or I can’t tell',
      error: 'Select whether it worked',
    },
    done: { ...doneScreen, heading: 'You’ve done the steps for your other devices and browsers' },
    notSignedOut: { ...notSignedOutScreen, heading: 'Didn’t work? Here’s what to check' },
  },
};

/** What the steps allow the check and the ending to claim (the screen model decides it). */
export interface WhatTheStepsShow {
  /** AWS documents a sign that each procedure worked. */
  everySign: boolean;
  /** The person is signed out when the steps worked: nothing stays signed in or goes on, no step is unconfirmed. */
  signedOut: boolean;
}

/**
 * The words of the check and the screens after it, as far as the steps allow: where AWS documents no
 * sign for a step, the check says so and "I can't tell" is an answer; where something stays signed in,
 * the ending claims the steps, not the result.
 */
export function checkWordsFor(where: WhereToSignOut, { everySign, signedOut }: WhatTheStepsShow): CheckWords {
  const words = checkWords[where];
  return {
    confirmation: everySign
      ? words.confirmation
      : { ...words.confirmation, lead: 'This is how you know it worked, where AWS describes a way to tell:', no: 'No, or I can’t tell' },
    done: signedOut || where === 'elsewhere' ? words.done : { ...words.done, heading: 'You’ve done the sign-out steps' },
    notSignedOut: words.notSignedOut,
  };
}

export const progressWords = {
  label: 'Progress',
  position: (number: number, count: number, phase: string) => `Part ${number} of ${count}: ${phase}`,
  notNeeded: 'not needed',
  done: 'done',
} as const;

export const phaseLabels = {
  who: 'Who you are',
  where: 'Where you’re signed in',
  sessions: 'How many identities',
  steps: 'Sign out',
  check: 'Check it worked',
} as const;

/** The words around every screen after the start page, and in its forms. */
export const pageWords = {
  back: 'Back',
  startAgain: 'Start again',
  change: 'Change',
  answersHeading: 'Your answers',
  /** The user type the answers about signing in settled on, in place of "I'm not sure". */
  workedOut: (userType: string) => `${userType} (worked out from your answers)`,
  errorSummaryHeading: 'There is a problem',
  errorTitlePrefix: 'Error: ',
  /** A question's page description, after the question itself, when it has no introduction. */
  questionDescription: 'Choose one answer to get the right steps to sign out of AWS.',
  continue: 'Continue',
  /** Under Continue: what helps tell the answers apart, for those who need it. */
  moreAboutAnswers: 'More about these answers',
  screenFailed: 'Sorry, this screen could not be shown.',
  screenFailedAdvice: 'Go back, or start again. Your answers are in the address of each screen, so nothing you did is lost.',
} as const;

export const sourceLinks = {
  heading: 'Where this comes from',
  afterHeading: ': ',
  between: ', ',
  afterLinks: ' (AWS’s own pages). ',
  checked: (date: string) => `Last checked against them on ${date}.`,
} as const;

/** On the done screen: the places of that kind of user the checklist left out, each a link that adds it. */
export const alsoSignedInWords = {
  heading: 'Signed in anywhere else on this device?',
  link: (place: string) => `Also signed in to ${place}?`,
} as const;

/** A command to type in a terminal, with a button that copies it. */
export const commandBlock = {
  label: 'Command to type',
  action: 'Copy command',
  copied: 'Command copied',
  manualLabel: 'Your browser didn’t let us copy it. Copy this command:',
} as const;

export const copyLink = {
  action: 'Copy link to this step',
  copied: 'Link copied',
  manualLabel: 'Your browser didn’t let us copy it. Copy this link:',
} as const;

/** When "I'm not sure" finds no kind of user that fits. */
export const unidentifiedScreen = {
  heading: 'We can’t tell what kind of AWS user you are',
  advice: 'Ask the person who gave you access to AWS, such as your administrator or help desk, how you sign in. Then come back and choose your user type.',
  action: 'Choose your user type',
  source: 'TYPES',
} as const;

/** For a kind of user AWS gives no way to end a session on another device or browser themselves. */
export const noSelfServiceScreen = {
  heading: 'AWS doesn’t describe a way to do this yourself',
  lead: (article: string, name: string) =>
    `AWS’s guides don’t describe a way for ${article} ${name} to end a session on another device or browser.`,
  source: 'GUIDE',
} as const;
