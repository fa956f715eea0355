import type { OptionContent } from '../option';
import type { UserType } from '../user-types/registry';
import { accessPortal } from './access-portal';
import { awsSettings } from './aws-settings';
import { builderIdProfile } from './builder-id-profile';
import { builderIdTool } from './builder-id-tool';
import { cli } from './cli';
import { editor } from './editor';
import { consolePlace } from './console';
import type { Place } from './place';
import { project } from './project';

/**
 * Every place a person can be signed in, in the order they are offered and signed out of: console
 * sessions before the portal, since they outlive it; a project before AWS Settings, the thorough
 * order when AWS doesn't say whether one ends the other; a code editor before the AWS CLI, which it may
 * share a sign-in with; the AWS CLI last.
 */
export const places = [consolePlace, accessPortal, project, awsSettings, builderIdProfile, builderIdTool, editor, cli] as const;

export type PlaceId = (typeof places)[number]['id'];

export const placeIds: readonly PlaceId[] = places.map((place) => place.id);

const byId = new Map<string, Place>(places.map((place) => [place.id, place]));
const positions = new Map<string, number>(places.map((place, position) => [place.id, position]));
const order = (id: PlaceId) => positions.get(id)!;

export const placeModule = (id: PlaceId): Place => byId.get(id)!;

const isPlaceId = (id: string): id is PlaceId => byId.has(id);

/** Between the places of a set in its answer: /console+access-portal+cli/. */
const separator = '+';

/** The answer to "Where are you signed in?" that names these places: their slugs in the registry's order. */
export const setOf = (ids: readonly PlaceId[]): string =>
  [...new Set(ids)].toSorted((a, b) => order(a) - order(b)).join(separator);

/** The places an answer to "Where are you signed in?" names, in the order they are signed out of; none unless it is a set's own answer. */
export function placesIn(answer: string | undefined): readonly PlaceId[] {
  const ids = answer?.split(separator) ?? [];
  if (ids.length === 0 || !ids.every(isPlaceId)) return [];
  return setOf(ids) === answer ? ids : [];
}

/** The places offered to a kind of user, in order. */
export const placesOfferedTo = (userType: UserType): readonly Place[] => places.filter((place) => place.offeredTo.includes(userType));

/** Every non-empty set of these places, as answers: single places first, then pairs, and so on. */
function everySet(offered: readonly Place[]): string[] {
  const sets: PlaceId[][] = [];
  for (let members = 1; members < 1 << offered.length; members += 1) {
    sets.push(offered.filter((_, position) => members & (1 << position)).map((place) => place.id as PlaceId));
  }
  return sets.toSorted((a, b) => a.length - b.length).map(setOf);
}

const setsOffered = new Map<UserType, readonly string[]>(
  [...new Set(places.flatMap((place) => place.offeredTo))].map((userType) => [userType, everySet(placesOfferedTo(userType))]),
);

/** What "Where are you signed in?" accepts from a kind of user: any set of the places offered to them. */
export const placeSetsFor = (userType: UserType): readonly string[] => setsOffered.get(userType) ?? [];

/** Every answer the places question can take, for any kind of user. */
export const everyPlaceSet: readonly string[] = everySet(places);

/**
 * Sets offered as links where the page has no script to tick boxes with: each single place, the
 * pairs people are most often signed in to together, and every place offered at once.
 */
const pairsOfferedAsLinks: readonly (readonly PlaceId[])[] = [
  ['console', 'access-portal'],
  ['project', 'aws-settings'],
];

export function placeSetLinksFor(userType: UserType): readonly string[] {
  const offered = placesOfferedTo(userType).map((place) => place.id as PlaceId);
  const pairs = pairsOfferedAsLinks.filter((pair) => pair.every((id) => offered.includes(id)));
  return [...new Set([...offered, ...pairs.map(setOf), setOf(offered)])];
}

const listed = (names: readonly string[]) =>
  names.length < 2 ? names.join('') : `${names.slice(0, -1).join(', ')} and ${names.at(-1)}`;

/** An answer's words: a single place as the question offers it, a set as the list of its places. */
export function placeSetOption(answer: string): OptionContent | undefined {
  const ids = placesIn(answer);
  if (ids.length === 1) return placeModule(ids[0]!).option;
  if (ids.length === 0) return undefined;
  const label = listed(ids.map((id) => placeModule(id).name));
  return { label: `${label.charAt(0).toUpperCase()}${label.slice(1)}`, hint: '' };
}

/** A single place's hint as a kind of user is offered it, where it has one of its own for them. */
export function placeHintFor(answer: string, userType: UserType): string | undefined {
  const ids = placesIn(answer);
  return ids.length === 1 ? placeModule(ids[0]!).hintFor?.(userType) : undefined;
}

/** The place from which a kind of user ends sessions on devices and browsers they can't reach, where a place gives a way. */
export const elsewherePlaceFor = (userType: UserType): PlaceId | undefined =>
  places.find((place) => place.endsSessionsElsewhere?.for === userType)?.id;
