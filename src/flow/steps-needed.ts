import { elsewherePlaceFor, placesOfferedTo, type PlaceId } from '../content/places/registry';
import type { UserType } from '../content/user-types/registry';
import { answersOf, type WizardSnapshot } from './screen';
import { situationOf } from './situation';
import { notesFor, placeLinkedBy } from './what-applies';

const idsOfferedTo = (userType: UserType): readonly PlaceId[] => placesOfferedTo(userType).map((place) => place.id as PlaceId);

/**
 * The places whose steps the screen at this snapshot reads, once the answers make a checklist: to show
 * them, to say what they can claim, or to link straight to a step. The checklist's and those its notes
 * link to; on the done screen, which offers to add each place left out, every place offered.
 */
export function placesWithStepsAt(snapshot: WizardSnapshot): readonly PlaceId[] {
  const situation = situationOf(answersOf(snapshot));
  if (!situation) return [];
  if (situation.whereToSignOut === 'elsewhere') {
    const place = elsewherePlaceFor(situation.userType);
    return place ? [place] : [];
  }
  if (snapshot.value !== 'done') {
    const linked = notesFor(situation).flatMap((note) => placeLinkedBy(note, situation) ?? []);
    return [...new Set([...situation.places, ...linked])];
  }
  return idsOfferedTo(situation.userType);
}

/**
 * The places whose steps the screen after this one is likely to read, beyond this one's, to load while
 * the person reads it: on the check, those the done screen offers to add to the checklist.
 */
export function placesWithStepsAhead(snapshot: WizardSnapshot): readonly PlaceId[] {
  const situation = situationOf(answersOf(snapshot));
  if (snapshot.value !== 'confirmation' || situation?.whereToSignOut !== 'this-browser') return [];
  return idsOfferedTo(situation.userType);
}
