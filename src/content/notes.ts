import type { AnswerTypes, WhereToSignOut } from './answers';
import type { FollowUp } from './follow-ups';
import type { PlaceId } from './places/registry';
import type { Sourced } from './sources';
import type { UserType } from './user-types/registry';

/** Which situations a note is for; a missing key matches any. */
export interface Scope {
  userTypes?: readonly UserType[];
  whereToSignOut?: readonly WhereToSignOut[];
  /** Signed out of at least one of these places. */
  places?: readonly PlaceId[];
  /** And of none of these. */
  notPlaces?: readonly PlaceId[];
  sessions?: readonly AnswerTypes['sessions'][];
  whichSessions?: readonly AnswerTypes['whichSessions'][];
}

/**
 * One fact worth knowing about signing out, stated once: shown on the done screen as what else to
 * know, on the still-signed-in screen as a reason and what to do about it, or on both.
 */
export interface Note extends Sourced {
  id: string;
  /**
   * Where it applies. A note in a place's module applies where the person signs out of that place,
   * one in a kind of user's module to that kind of user: this narrows or widens that.
   */
  scope?: Scope;
  /** What else to know or do once signed out. */
  afterwards?: string;
  /**
   * It says something stays signed in or goes on after the steps (other identities, a session that
   * outlives them, a sign-out that can take time): where it shows, the ending claims only the steps.
   */
  somethingStays?: true;
  /** A known reason someone is still signed in: what they notice, in their words, and what to do. */
  stillSignedIn?: {
    /** The likeliest reason wherever it shows: offered before the path's others. */
    first?: true;
    symptom: string;
    fix: string;
    /** Offer to change an answer, because a different answer fits what they saw. */
    changeAnswer?: { question: 'userType' | 'sessions' | 'whichSessions'; label: string };
  };
  followUp?: FollowUp;
}

/** A note with the whole of where it applies, as the registries place it. */
export interface ScopedNote extends Note {
  scope: Scope;
}

/** For every path: each kind of user signs out in its own way. */
export const differentUserType: Note = {
  id: 'different-user-type',
  stillSignedIn: {
    symptom: 'The screen you saw didn’t match these steps.',
    fix: 'You may be a different kind of user than you chose, and each kind signs out in its own way. Check your user type.',
    changeAnswer: { question: 'userType', label: 'Change your user type' },
  },
  source: 'TYPES',
};

/** For the kinds of user someone gave access to: the last thing to try. */
export const askAdministrator: Note = {
  id: 'ask-administrator',
  scope: { userTypes: ['iam-user', 'identity-center-user', 'federated-identity'] },
  stillSignedIn: {
    symptom: 'None of these fits.',
    fix: 'Ask the person who gave you access, such as your administrator or help desk.',
  },
  source: 'TYPES',
};

/** For a device out of reach, where the AWS Console Mobile Application is used: accounts made with "Sign up for AWS (advanced)". */
export const lostPhoneWithConsoleApp: Note = {
  id: 'lost-phone-console-app',
  scope: { userTypes: ['root-user', 'iam-user', 'identity-center-user', 'federated-identity'], whereToSignOut: ['elsewhere'] },
  afterwards:
    'If it’s a phone you lost, with the AWS Console Mobile Application on it, AWS recommends deactivating the user who was signed in to the app and wiping the phone remotely.',
  source: 'MOBILE-TROUBLE',
};
