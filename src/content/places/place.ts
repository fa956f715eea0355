import type { Answers } from '../answers';
import type { Note } from '../notes';
import type { OptionContent } from '../option';
import type { ProcedureContent } from '../procedure';
import type { UserType } from '../user-types/registry';

export type SessionsAnswers = Pick<Answers, 'sessions' | 'whichSessions'>;

/** What says how a place is signed out of: who the person is, and how many identities are signed in. */
export type SignOutSituation = SessionsAnswers & { userType: UserType };

/**
 * Everything about one place a person can be signed in to AWS: its answer and words, who it is
 * offered to, its sign-out steps with their pictures, how to know it worked, the notes for it, and
 * where AWS gives one, the way to end sessions on devices and browsers the person can't reach from it.
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
  /** Signing out of it here; the kind of user, and how many identities are signed in, say how where that matters. */
  signOut: (situation: SignOutSituation) => ProcedureContent;
  /** Several identities can be signed in to it at once in one browser, so the wizard asks how many. */
  asksHowManyIdentities?: true;
  /** Notes for signing out of this place; each applies wherever the person signs out of it, unless its scope says otherwise. */
  notes: readonly Note[];
  /** Ending sessions on devices and browsers the person can't reach, done from this place, for one kind of user. */
  endsSessionsElsewhere?: {
    for: UserType;
    procedure: ProcedureContent;
    /** Each applies to that kind of user ending sessions elsewhere, unless its scope says otherwise. */
    notes: readonly Note[];
  };
}
