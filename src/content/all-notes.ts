import { askAdministrator, differentUserType, lostPhoneWithConsoleApp, type Note, type Scope, type ScopedNote } from './notes';
import { stepsOf } from './places/place-steps';
import { places, type PlaceId } from './places/registry';
import { userTypes } from './user-types/registry';

const within =
  (where: Scope) =>
  (note: Note): ScopedNote => ({ ...note, scope: { ...where, ...note.scope } });

const ofPlace = (id: PlaceId) => within({ places: [id] });

/** Each place's notes that name their places: there without its steps, since they may apply where those aren't. */
const namingTheirPlaces = new Map(places.map((place) => [place.id as PlaceId, (place.notesNamingTheirPlaces ?? []).map(ofPlace(place.id))]));

/** The notes that come with no place's steps: the ways to end sessions elsewhere, the kinds of user's, everyone's. */
const withoutSteps: readonly ScopedNote[] = [
  ...places.flatMap(({ endsSessionsElsewhere: way }) => way?.notes.map(within({ userTypes: [way.for], whereToSignOut: ['elsewhere'] })) ?? []),
  ...userTypes.flatMap((userType) => userType.notes.map(within({ userTypes: [userType.id] }))),
  ...[differentUserType, askAdministrator, lostPhoneWithConsoleApp].map(within({})),
];

/** A place's notes with its steps, worked out once they are loaded and then kept: each note one object wherever it shows. */
const withSteps = new Map<PlaceId, readonly ScopedNote[]>();
function notesWithStepsOf(id: PlaceId): readonly ScopedNote[] {
  const known = withSteps.get(id);
  if (known) return known;
  const notes = stepsOf(id).notes.map(ofPlace(id));
  withSteps.set(id, notes);
  return notes;
}

/**
 * Every note that may apply where these places are signed out of, each with the whole of where it
 * applies, in the order a screen shows them: place by place in the order they are signed out of, then
 * the ways they give to end sessions elsewhere, then the kind of user's own, then those for everyone.
 * Of the places' steps, it reads only these places'.
 */
export const notesAbout = (ids: readonly PlaceId[]): readonly ScopedNote[] => [
  ...places.flatMap((place) => [...namingTheirPlaces.get(place.id)!, ...(ids.includes(place.id) ? notesWithStepsOf(place.id) : [])]),
  ...withoutSteps,
];

/** Every note of every place, once their steps are loaded: for the tests and the notes table. */
export const everyNote = () => notesAbout(places.map((place) => place.id));
