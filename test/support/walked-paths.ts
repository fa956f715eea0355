import { pathOf, resolvePath } from '../../src/address/address';
import { everyCompletePath } from './situations';
import { answersOf, screenOf, type WizardSnapshot } from '../../src/flow/screen';
import { screenModelOf } from '../../src/flow/screen-model';
import type { WizardEvent } from '../../src/flow/wizard-events';
import { placesIn, placesOfferedTo, setOf, type PlaceId } from '../../src/content/places/registry';
import type { UserType } from '../../src/content/user-types/registry';
import { answerLabel } from './labels';
import { moveFor, type Move } from './person-moves';
import { walk } from './walk';

/** A screen as a person sees it: its heading, its address and title, and on a step its caption. */
export interface ScreenSeen {
  heading: string;
  path: string;
  title: string;
  stepCaption?: string;
}

/** A path from the start page to the end of the wizard, as a person walks it. */
export interface WalkedPath {
  /** Where the person signs out, and who they are, in the wizard's words. */
  name: string;
  /** Where they are signed in (the places answer), or sessions on a device or browser they can't reach. */
  place: string;
  /** Each move, and the screen it leads to. */
  moves: ReadonlyArray<{ move: Move; screen: ScreenSeen }>;
  end: string;
}

function seen(snapshot: WizardSnapshot): ScreenSeen {
  const { heading, title, caption } = screenModelOf(snapshot).words;
  return { heading, path: pathOf(snapshot), title, ...(caption && { stepCaption: caption }) };
}

/** The path that these events, sent from the start page, walk. */
function pathOfEvents(events: readonly WizardEvent[]): WalkedPath {
  const moves = events.map((event, index) => ({
    move: moveFor(event, walk(...events.slice(0, index))),
    screen: seen(walk(...events.slice(0, index + 1))),
  }));
  const end = walk(...events);
  const { places, whereToSignOut } = answersOf(end);
  const { person } = screenModelOf(end);
  const place = whereToSignOut === 'elsewhere' ? whereToSignOut : places;
  if (!place || !person) throw new Error(`The path to ${pathOf(end)} names no place or user type`);
  const placeLabel = place === 'elsewhere' ? answerLabel('whereToSignOut', 'elsewhere') : answerLabel('places', place);
  return { name: `“${placeLabel}” as ${person}`, place, moves, end: pathOf(end) };
}

function resolved(address: string) {
  const { snapshot, events, recognised } = resolvePath(address);
  if (!recognised) throw new Error(`${address} is not a screen of the wizard`);
  return { snapshot, events };
}

/** The screen an address opens, as the wizard shows it. */
export const screenAt = (address: string): ScreenSeen => seen(resolved(address).snapshot);

/** The path to an address, through the answers the address gives. */
export const pathTo = (address: string): WalkedPath => pathOfEvents(resolved(address).events);

/** Signed in to one place, or to every place offered to that kind of user: the sets that walking covers each place and their one checklist with. */
function isWalkedSet(userType: UserType, places: string | undefined) {
  return places === undefined || placesIn(places).length === 1 || places === setOf(placesOfferedTo(userType).map((place) => place.id as PlaceId));
}

/**
 * One path to done for every place each kind of user can be signed in, and for all of their places
 * at once, or to who can help when they have no way to end a session elsewhere themselves, read
 * from the machine, so a new user type or place is walked as soon as the wizard offers it: the user
 * type answered directly rather than worked out, through as many questions as the wizard asks.
 */
function pathsToEveryPlace(): WalkedPath[] {
  const chosen = new Map<string, WizardEvent[]>();
  const toDone = everyCompletePath
    .filter(({ state }) => ['done', 'noSelfService'].includes(screenOf(state).kind))
    .filter(({ state }) => {
      const { userType, places } = answersOf(state);
      return userType !== undefined && userType !== 'not-sure' && isWalkedSet(userType, places);
    })
    .toSorted((a, b) => b.steps.length - a.steps.length);
  for (const { state, steps } of toDone) {
    const { userType, whereToSignOut, places } = answersOf(state);
    const key = `${userType} ${whereToSignOut} ${places}`;
    // The first step is the machine starting, which no person does.
    if (!chosen.has(key)) chosen.set(key, steps.flatMap(({ event }) => (event.type === 'xstate.init' ? [] : [event])));
  }
  return [...chosen.values()].map(pathOfEvents);
}

export const placePaths: readonly WalkedPath[] = pathsToEveryPlace();

/** The kind of each screen a path shows: a question by its name, any other screen by its kind. */
const kindsOn = (path: WalkedPath) =>
  path.moves.map(({ screen }) => {
    const model = screenModelOf(resolvePath(screen.path).snapshot);
    return model.kind === 'question' ? `question ${model.question}` : model.kind;
  });

/**
 * The fewest of these paths (picked greedily, longest first) that between them show every kind of
 * screen and every question any of them shows: what a walk by keyboard must cover in another engine.
 */
export function coveringEveryKind(paths: readonly WalkedPath[]): WalkedPath[] {
  const left = new Set(paths.flatMap(kindsOn));
  const chosen: WalkedPath[] = [];
  while (left.size > 0) {
    const best = paths.toSorted((a, b) => kindsOn(b).filter((kind) => left.has(kind)).length - kindsOn(a).filter((kind) => left.has(kind)).length)[0]!;
    chosen.push(best);
    for (const kind of kindsOn(best)) left.delete(kind);
  }
  return chosen;
}
