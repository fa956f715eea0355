import { notesAbout } from '../content/all-notes';
import type { ScopedNote } from '../content/notes';
import { stepsOf, signOutOf } from '../content/places/place-steps';
import { elsewherePlaceFor, placesIn, type PlaceId } from '../content/places/registry';
import type { ProcedureContent, StepContent } from '../content/procedure';
import type { UserType } from '../content/user-types/registry';
import { applies, type Situation } from './situation';

/** What to follow, in order: the sign-out of each place signed in here, or the way to end sessions elsewhere. */
export function proceduresFor(situation: Situation): readonly ProcedureContent[] {
  if (situation.whereToSignOut === 'elsewhere') {
    const place = elsewherePlaceFor(situation.userType);
    const way = place && stepsOf(place).endSessionsElsewhere;
    return way ? [way] : [];
  }
  return situation.places.map((place) => signOutOf(place, situation));
}

export type PlacedStep = StepContent & { procedure: ProcedureContent };

/** Every step of the procedures, in order: one checklist. */
export function stepsFor(situation: Situation): readonly PlacedStep[] {
  return proceduresFor(situation).flatMap((procedure) => procedure.steps.map((step) => ({ ...step, procedure })));
}

/** The notes for this situation only, in the order screens show them. */
export const notesFor = (situation: Situation): readonly ScopedNote[] =>
  notesAbout(situation.whereToSignOut === 'this-browser' ? situation.places : []).filter((note) => applies(note.scope, situation));

/**
 * What else to know about a device or browser out of reach, for a kind of user AWS gives no way to
 * end the session there: the notes meant for that, not those of signing out here.
 */
export const outOfReachNotesFor = (userType: UserType): readonly ScopedNote[] =>
  notesFor({ userType, whereToSignOut: 'elsewhere' }).filter((note) => note.scope.whereToSignOut?.includes('elsewhere'));

/** The one place a note's link signs out of here, for the situation's kind of user: one the checklist has, or one it adds. */
export function placeLinkedBy(note: ScopedNote, situation: Situation): PlaceId | undefined {
  const { followUp } = note;
  if (!followUp || situation.whereToSignOut !== 'this-browser' || followUp.answers.userType !== situation.userType) return undefined;
  const [place, ...more] = placesIn(followUp.answers.places);
  return more.length === 0 ? place : undefined;
}
