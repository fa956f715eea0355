import type { FollowUp } from '../follow-ups';
import type { Note } from '../notes';
import type { OptionContent } from '../option';
import type { Sourced } from '../sources';

/** A way of signing in that "How do you sign in?" offers, as a stable slug and its words. */
export interface SignInMethod extends OptionContent {
  id: string;
}

/**
 * Everything about one kind of user: its answer and words, how "I'm not sure" recognises it, who can
 * help when AWS gives it no way of its own, and the notes for it. The places it signs out of say
 * themselves who they are offered to (places/).
 */
export interface UserTypeModule<Id extends string = string> extends Sourced {
  id: Id;
  /** As "What kind of AWS user are you?" offers it. */
  option: OptionContent;
  /** The name used in sentences: "You are {article} {name}." */
  name: string;
  article: 'a' | 'an' | 'the';
  /** How "I'm not sure" recognises this kind of user: by having created the account, or by how they sign in. */
  recognisedBy: { createdTheAccount: true } | { signInMethods: readonly SignInMethod[] };
  /** Why those answers point to this kind of user, addressed to the person. */
  identification: Sourced & { because: string };
  /** Who can help with a session on a device or browser they can't reach, where AWS gives them no way to end it. */
  whoCanHelp?: Sourced & { advice: string; signOutThere: FollowUp };
  notes: readonly Note[];
}

export const administrator = 'Ask the person who gave you access, such as your administrator or help desk, to help you.';

export const signOutThereOnceYouCan = 'How to sign out there, once you can';
