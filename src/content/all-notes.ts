import { askAdministrator, differentUserType, lostPhoneWithConsoleApp, type Note, type Scope, type ScopedNote } from './notes';
import { places } from './places/registry';
import { userTypes } from './user-types/registry';

const within =
  (where: Scope) =>
  (note: Note): ScopedNote => ({ ...note, scope: { ...where, ...note.scope } });

/**
 * Every note, each with the whole of where it applies, in the order a screen shows them: place by
 * place in the order they are signed out of, then the ways they give to end sessions elsewhere,
 * then the kind of user's own, then those for everyone.
 */
export const allNotes: readonly ScopedNote[] = [
  ...places.flatMap((place) => place.notes.map(within({ places: [place.id] }))),
  ...places.flatMap(({ endsSessionsElsewhere: way }) => way?.notes.map(within({ userTypes: [way.for], whereToSignOut: ['elsewhere'] })) ?? []),
  ...userTypes.flatMap((userType) => userType.notes.map(within({ userTypes: [userType.id] }))),
  ...[differentUserType, askAdministrator, lostPhoneWithConsoleApp].map(within({})),
];
