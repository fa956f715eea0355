import type { OptionContent } from '../option';
import type { UserType } from '../user-types/registry';
import { accessPortal } from './access-portal';
import { awsSettings } from './aws-settings';
import { builderIdProfile } from './builder-id-profile';
import { builderIdTool } from './builder-id-tool';
import { combinations } from './combinations';
import { consolePlace } from './console';
import type { Place } from './place';
import { project } from './project';

/**
 * Every place a person can be signed in, in the order they are offered and signed out of: console
 * sessions before the portal, since they outlive it; a project before AWS Settings, the thorough
 * order when AWS doesn't say whether one ends the other.
 */
export const places = [consolePlace, accessPortal, project, awsSettings, builderIdProfile, builderIdTool] as const;

export type PlaceId = (typeof places)[number]['id'];

const byId = new Map<string, Place>(places.map((place) => [place.id, place]));

export const placeModule = (id: PlaceId): Place => byId.get(id)!;

/** An answer to "Where are you signed in?", as that question offers it. */
export interface PlacesAnswer {
  id: string;
  option: OptionContent;
  places: readonly PlaceId[];
}

const offers = (userType: UserType) => (place: Place) => place.offeredTo.includes(userType);

/**
 * What "Where are you signed in?" offers a kind of user, in order: each place, and after the last
 * of its places, each combination of them that it offers.
 */
export function placesAnswersFor(userType: UserType): readonly PlacesAnswer[] {
  const offered = places.filter(offers(userType));
  return offered.flatMap((place): PlacesAnswer[] => [
    { id: place.id, option: place.option, places: [place.id] },
    ...combinations.filter(
      (combination) => combination.places.at(-1) === place.id && combination.places.every((id) => offers(userType)(byId.get(id)!)),
    ),
  ]);
}

/** Every answer the places question can take, for any kind of user. */
export const allPlacesAnswers: readonly PlacesAnswer[] = [
  ...places.map((place) => ({ id: place.id, option: place.option, places: [place.id] })),
  ...combinations,
];

/** The places an answer to "Where are you signed in?" names, in the order they are signed out of. */
export function placesIn(answer: string | undefined): readonly PlaceId[] {
  return allPlacesAnswers.find((each) => each.id === answer)?.places ?? [];
}

/** The way a kind of user ends sessions on devices and browsers they can't reach, where a place gives one. */
export function elsewhereWayFor(userType: UserType) {
  return places.find((place) => place.endsSessionsElsewhere?.for === userType)?.endsSessionsElsewhere;
}
