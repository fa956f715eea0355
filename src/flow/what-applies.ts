import { recordEveryPlaceSteps } from '../content/places/every-place-steps';
import { allNotes } from '../content/all-notes';
import type { ScopedNote } from '../content/notes';
import { stepsOf, signOutOf } from '../content/places/place-steps';
import { elsewherePlaceFor } from '../content/places/registry';
import type { ProcedureContent, StepContent } from '../content/procedure';
import type { UserType } from '../content/user-types/registry';
import { applies, type Situation } from './situation';

recordEveryPlaceSteps();

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
export const notesFor = (situation: Situation): readonly ScopedNote[] => allNotes.filter((note) => applies(note.scope, situation));

/**
 * What else to know about a device or browser out of reach, for a kind of user AWS gives no way to
 * end the session there: the notes meant for that, not those of signing out here.
 */
export const outOfReachNotesFor = (userType: UserType): readonly ScopedNote[] =>
  notesFor({ userType, whereToSignOut: 'elsewhere' }).filter((note) => note.scope.whereToSignOut?.includes('elsewhere'));
