import { notSure, type AnswerTypes, type Answers } from '../content/answers';
import type { Scope } from '../content/notes';
import { elsewherePlaceFor, placesIn, type PlaceId } from '../content/places/registry';
import { signInMethods, userTypes, type UserType } from '../content/user-types/registry';

/** The user type the answers settle on, directly or through "I'm not sure"; undefined until known. */
export function resolvedUserType(answers: Answers): UserType | undefined {
  if (answers.userType !== notSure) return answers.userType;
  if (answers.createdAccount === 'yes') return userTypes.find((userType) => 'createdTheAccount' in userType.recognisedBy)?.id;
  if (answers.createdAccount !== 'no') return undefined;
  return signInMethods.find(({ method }) => method.id === answers.signInMethod)?.userType;
}

/** AWS gives this kind of user a way to end their sessions on a device or browser they can't reach. */
export const canEndSessionsElsewhere = (userType: UserType): boolean => elsewherePlaceFor(userType) !== undefined;

/**
 * Answers that lead to steps: a known user type, and either the places they are signed in here, or
 * sessions elsewhere that they can end themselves.
 */
export type Situation =
  | {
      userType: UserType;
      whereToSignOut: 'this-browser';
      places: readonly PlaceId[];
      sessions?: AnswerTypes['sessions'];
      whichSessions?: AnswerTypes['whichSessions'];
    }
  | { userType: UserType; whereToSignOut: 'elsewhere' };

export function situationOf(answers: Answers): Situation | undefined {
  const userType = resolvedUserType(answers);
  if (!userType) return undefined;
  if (answers.whereToSignOut === 'elsewhere') {
    return canEndSessionsElsewhere(userType) ? { userType, whereToSignOut: 'elsewhere' } : undefined;
  }
  const places = placesIn(answers.places);
  if (answers.whereToSignOut !== 'this-browser' || places.length === 0) return undefined;
  const { sessions, whichSessions } = answers;
  return { userType, whereToSignOut: 'this-browser', places, sessions, whichSessions };
}

const matches = <T>(allowed: readonly T[] | undefined, value: T | undefined) =>
  allowed === undefined || (value !== undefined && allowed.includes(value));

/** Whether a note's scope takes in this situation. */
export function applies(scope: Scope, situation: Situation): boolean {
  const here = situation.whereToSignOut === 'this-browser' ? situation : undefined;
  const places = here?.places ?? [];
  return (
    matches(scope.userTypes, situation.userType) &&
    matches(scope.whereToSignOut, situation.whereToSignOut) &&
    (scope.places === undefined || places.some((place) => scope.places!.includes(place))) &&
    !places.some((place) => scope.notPlaces?.includes(place)) &&
    matches(scope.sessions, here?.sessions) &&
    matches(scope.whichSessions, here?.whichSessions)
  );
}
