import type { Answers } from '../answers';
import type { Note } from '../notes';
import type { OptionContent } from '../option';
import type { ProcedureContent } from '../procedure';
import type { UserType } from '../user-types/registry';

export type SessionsAnswers = Pick<Answers, 'sessions' | 'whichSessions'>;

/** What says how a place is signed out of: who the person is, and how many identities are signed in. */
export type SignOutSituation = SessionsAnswers & { userType: UserType };

/**
 * One place a person can be signed in to AWS: its answer and words, who it is offered to, and whether
 * AWS gives a way, from it, to end sessions on devices and browsers the person can't reach. Its steps
 * and their notes are in steps/ under its id, loaded only by a page that shows them.
 */
export interface Place<Id extends string = string> {
  /** Its answer's slug, in addresses: published, so never changed. */
  id: Id;
  /** As "Where are you signed in?" offers it. */
  option: OptionContent;
  /** The option's hint, where it differs by the kind of user asked. */
  hintFor?: (userType: UserType) => string | undefined;
  /** How a list of places names it, lower case: "the AWS CLI". */
  name: string;
  /** The kinds of user who can be signed in here, in the order of user-types/registry.ts. */
  offeredTo: readonly UserType[];
  /** Several identities can be signed in to it at once in one browser, so the wizard asks how many. */
  asksHowManyIdentities?: true;
  /** Loads its steps: `() => import('./steps/<id>')`, a module of their own (place-steps.ts). */
  steps: () => Promise<{ steps: PlaceSteps }>;
  /**
   * Its notes whose scope names the places they apply to, which may be others: always there, since they
   * may apply where this place's steps are not loaded. Its other notes are with its steps.
   */
  notesNamingTheirPlaces?: readonly Note[];
  /** Ending sessions on devices and browsers the person can't reach, done from this place (its steps' `endSessionsElsewhere`), for one kind of user. */
  endsSessionsElsewhere?: {
    for: UserType;
    /** Each applies to that kind of user ending sessions elsewhere, unless its scope says otherwise. */
    notes: readonly Note[];
  };
}

/** A place's steps, with their pictures, how to know they worked, and its notes: the bulk of its words, loaded apart. */
export interface PlaceSteps {
  /** Signing out of it here; the kind of user, and how many identities are signed in, say how where that matters. */
  signOut: (situation: SignOutSituation) => ProcedureContent;
  /** Where the place gives one, ending sessions on devices and browsers the person can't reach. */
  endSessionsElsewhere?: ProcedureContent;
  /** Notes for signing out of this place; each applies where the person signs out of it (its scope names no places), within its scope. */
  notes: readonly Note[];
}
