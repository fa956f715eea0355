import { pathOf, resolvePath } from '../../src/address/address';
import type { Portal } from '../../src/content/answers';
import { questions } from '../../src/content/questions';
import { userTypeContent } from '../../src/content/user-types';
import { resolvedUserType } from '../../src/flow/situation';
import { completePaths } from '../../src/flow/reachable';
import { screenOf, type WizardSnapshot } from '../../src/flow/screen';
import type { WizardEvent } from '../../src/flow/wizard-events';
import { screenWords } from '../../src/flow/screen-words';
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
export interface PortalPath {
  /** Where the person signs out, and who they are, in the wizard's words. */
  name: string;
  /** Where they are signed in, or sessions on a device or browser they can't reach. */
  place: Portal | 'elsewhere';
  /** Each move, and the screen it leads to. */
  moves: ReadonlyArray<{ move: Move; screen: ScreenSeen }>;
  end: string;
}

function seen(snapshot: WizardSnapshot): ScreenSeen {
  const { heading, title, caption } = screenWords(snapshot);
  return { heading, path: pathOf(snapshot), title, ...(caption && { stepCaption: caption }) };
}

/** The path that these events, sent from the start page, walk. */
function pathOfEvents(events: readonly WizardEvent[]): PortalPath {
  const moves = events.map((event, index) => ({
    move: moveFor(event, walk(...events.slice(0, index))),
    screen: seen(walk(...events.slice(0, index + 1))),
  }));
  const end = walk(...events);
  const { portal, whereToSignOut } = end.context.answers;
  const userType = resolvedUserType(end.context.answers);
  const place = whereToSignOut === 'elsewhere' ? whereToSignOut : portal;
  if (!place || !userType) throw new Error(`The path to ${pathOf(end)} names no place or user type`);
  const { article, name } = userTypeContent[userType];
  const placeLabel = place === 'elsewhere' ? questions.whereToSignOut.options.elsewhere.label : questions.portal.options[place].label;
  return { name: `“${placeLabel}” as ${article} ${name}`, place, moves, end: pathOf(end) };
}

function resolved(address: string) {
  const { snapshot, events, recognised } = resolvePath(address);
  if (!recognised) throw new Error(`${address} is not a screen of the wizard`);
  return { snapshot, events };
}

/** The screen an address opens, as the wizard shows it. */
export const screenAt = (address: string): ScreenSeen => seen(resolved(address).snapshot);

/** The path to an address, through the answers the address gives. */
export const pathTo = (address: string): PortalPath => pathOfEvents(resolved(address).events);

/**
 * One path to done for every place each kind of user can be signed in, or to who can help when
 * they have no way to end a session elsewhere themselves, read from the machine, so a
 * new user type or portal is walked as soon as the wizard offers it: the user type answered
 * directly rather than worked out, through as many questions as the wizard asks for that place.
 */
function pathsToEveryPortal(): PortalPath[] {
  const chosen = new Map<string, WizardEvent[]>();
  const toDone = completePaths()
    .filter(({ state }) => ['done', 'noSelfService'].includes(screenOf(state).kind))
    .filter(({ state: { context } }) => context.answers.userType === resolvedUserType(context.answers))
    .toSorted((a, b) => b.steps.length - a.steps.length);
  for (const { state, steps } of toDone) {
    const key = `${state.context.answers.userType} ${state.context.answers.whereToSignOut} ${state.context.answers.portal}`;
    // The first step is the machine starting, which no person does.
    if (!chosen.has(key)) chosen.set(key, steps.slice(1).map((step) => step.event));
  }
  return [...chosen.values()].map(pathOfEvents);
}

export const portalPaths: readonly PortalPath[] = pathsToEveryPortal();

/** The first of the paths for each place. */
export const onePerPlace = (paths: readonly PortalPath[]) =>
  paths.filter((path, index) => paths.findIndex(({ place }) => place === path.place) === index);
