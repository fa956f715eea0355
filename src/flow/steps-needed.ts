import { elsewherePlaceFor, placesOfferedTo, type PlaceId } from '../content/places/registry';
import type { UserType } from '../content/user-types/registry';
import { answersOf, type WizardSnapshot } from './screen';
import { situationOf } from './situation';
import { notesFor, placeLinkedBy } from './what-applies';

const idsOfferedTo = (userType: UserType): readonly PlaceId[] => placesOfferedTo(userType).map((place) => place.id as PlaceId);

/** The screens that offer, and link straight to, the steps of each place left out of the checklist. */
const offeringOtherPlaces = new Set<string>(['done', 'notSignedOut']);

/**
 * The places whose steps the screen at this snapshot reads, once the answers make a checklist: to show
 * them, to say what they can claim, or to link straight to a step. The checklist's, those its notes
 * link to, and on the check's answers every place they offer to add.
 */
export function placesWithStepsAt(snapshot: WizardSnapshot): readonly PlaceId[] {
  const state = String(snapshot.value);
  const situation = situationOf(answersOf(snapshot));
  if (!situation) return [];
  if (situation.whereToSignOut === 'elsewhere') {
    const place = elsewherePlaceFor(situation.userType);
    return place ? [place] : [];
  }
  if (!offeringOtherPlaces.has(state)) {
    const linked = notesFor(situation).flatMap((note) => placeLinkedBy(note, situation) ?? []);
    return [...new Set([...situation.places, ...linked])];
  }
  return idsOfferedTo(situation.userType);
}

/**
 * The places whose steps the screen after this one is likely to read, beyond this one's, to load while
 * the person reads it: on the check, those its answer's screen offers to add to the checklist.
 */
export function placesWithStepsAhead(snapshot: WizardSnapshot): readonly PlaceId[] {
  const situation = situationOf(answersOf(snapshot));
  if (snapshot.value !== 'confirmation' || situation?.whereToSignOut !== 'this-browser') return [];
  return idsOfferedTo(situation.userType);
}
