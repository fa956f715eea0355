import { declarationOf, questionOrder } from '../flow/decision-path';
import { addedQuestions, redirected, redirects } from './redirects';
import { answersBefore, screenOf, type WizardSnapshot } from '../flow/screen';
import type { QuestionId } from '../content/answers';
import type { WizardEvent } from '../flow/wizard-events';
import { firstSnapshot, snapshotAfter } from '../flow/navigate';

/**
 * Every screen's address is its answers in flow order, then the screen's own name, for example
 * /iam-user/console/several/all/steps/2/. These are the screen names.
 */
export const screenSlugs = {
  identified: 'identified',
  unidentified: 'ask-your-administrator',
  noSelfService: 'who-can-help',
  step: 'steps',
  confirmation: 'check',
  done: 'done',
  notSignedOut: 'not-signed-out',
} as const;

/** The map of every path has an address of its own, outside the decision path. */
export const mapPath = (base = '/') => `${base}map/`;

export function isMapPath(pathname: string, base = '/'): boolean {
  return pathname === mapPath(base) || `${pathname}/` === mapPath(base);
}

/** Longer addresses cannot be valid; reading stops there. */
const maxSegments = 16;

function answerSegments(snapshot: WizardSnapshot): string[] {
  const answers = answersBefore(snapshot);
  return questionOrder.flatMap((question) => answers[question] ?? []);
}

function segmentsOf(snapshot: WizardSnapshot): string[] {
  const screen = screenOf(snapshot);
  const answers = answerSegments(snapshot);
  switch (screen.kind) {
    case 'start':
      return [];
    case 'question':
      return [...answers, declarationOf(screen.question).slug];
    case 'step':
      return [...answers, screenSlugs.step, String(screen.index + 1)];
    default:
      return [...answers, screenSlugs[screen.kind]];
  }
}

/** The screen's canonical path under `base` (which ends with a slash). */
export function pathOf(snapshot: WizardSnapshot, base = '/'): string {
  const segments = segmentsOf(snapshot);
  return segments.length === 0 ? base : `${base}${segments.join('/')}/`;
}

export interface ResolvedAddress {
  snapshot: WizardSnapshot;
  /** The events that lead from the start to the screen, to replay on a running actor. */
  events: WizardEvent[];
  /** False when part of the address was not understood and the nearest screen was chosen. */
  recognised: boolean;
}

const repeat = (event: WizardEvent, times: number) => Array.from({ length: times }, () => event);

/** The events that walk from a step screen to the named screen beyond it, or undefined if there is none. */
function eventsAfterSteps(rest: readonly string[], stepCount: number): WizardEvent[] | undefined {
  const next: WizardEvent = { type: 'step.next' };
  const [name, number, ...extra] = rest;
  if (name === screenSlugs.step && number !== undefined && extra.length === 0 && /^[1-9]\d{0,2}$/.test(number)) {
    const index = Number(number) - 1;
    return index < stepCount ? repeat(next, index) : undefined;
  }
  if (rest.length !== 1) return undefined;
  const toConfirmation = repeat(next, stepCount);
  if (name === screenSlugs.confirmation) return toConfirmation;
  if (name === screenSlugs.done) return [...toConfirmation, { type: 'confirmation.signedOut' }];
  if (name === screenSlugs.notSignedOut) return [...toConfirmation, { type: 'confirmation.stillSignedIn' }];
  return undefined;
}

/**
 * An address published before `question` was added, read again with the answer it meant put in;
 * undefined when the segment that stood there makes no more sense that way.
 */
function asOlderAddress(segments: readonly string[], at: number, question: QuestionId): ResolvedAddress | undefined {
  const meant = addedQuestions[question];
  if (meant === undefined) return undefined;
  const reread = [...segments.slice(0, at), meant, ...segments.slice(at)];
  return resolveSegments(reread.slice(0, at + 2)).recognised ? resolveSegments(reread) : undefined;
}

/**
 * Replays an address's answers through the machine, so it can only reach what the answers reach.
 * Whatever is not understood leaves the person on the last screen that the valid part reached.
 */
export function resolveSegments(segments: readonly string[]): ResolvedAddress {
  let snapshot = firstSnapshot();
  const events: WizardEvent[] = [];
  const send = (event: WizardEvent) => {
    snapshot = snapshotAfter(snapshot, event);
    events.push(event);
  };
  const result = (recognised: boolean): ResolvedAddress => ({ snapshot, events, recognised });

  if (segments.length === 0) return result(true);
  if (segments.length > maxSegments) return { ...resolveSegments(segments.slice(0, maxSegments)), recognised: false };
  send({ type: 'wizard.start' });

  let consumed = 0;
  for (let i = 0; i < segments.length; ) {
    const segment = segments[i] as string;
    const isLast = i === segments.length - 1;
    const expected = answerSegments(snapshot);
    if (consumed < expected.length) {
      // An answer the machine recorded without asking: the address must still say it.
      if (segment !== expected[consumed]) return result(false);
      consumed += 1;
      i += 1;
      continue;
    }
    const screen = screenOf(snapshot);
    if (screen.kind === 'question') {
      if (segment === declarationOf(screen.question).slug) return result(isLast);
      const answer: WizardEvent = { type: 'answer.select', question: screen.question, value: segment };
      if (!snapshot.can(answer)) return asOlderAddress(segments, i, screen.question) ?? result(false);
      send(answer);
      consumed += 1;
      i += 1;
    } else if (screen.kind === 'identified') {
      if (segment === screenSlugs.identified) return result(isLast);
      send({ type: 'identification.confirm' });
    } else if (screen.kind === 'step') {
      const beyond = eventsAfterSteps(segments.slice(i), screen.count);
      beyond?.forEach(send);
      return result(beyond !== undefined);
    } else {
      // A screen that ends the path: nothing follows it but its own name.
      const ends = screen.kind === 'unidentified' || screen.kind === 'noSelfService';
      return result(ends && segment === screenSlugs[screen.kind] && isLast);
    }
  }
  return result(true);
}

function decode(segment: string): string | undefined {
  try {
    return decodeURIComponent(segment).trim().toLowerCase();
  } catch {
    return undefined;
  }
}

/** Reads a location's pathname under `base`; anything outside the base is not recognised. */
export function resolvePath(pathname: string, base = '/', renamed = redirects): ResolvedAddress {
  const withSlash = pathname.endsWith('/') ? pathname : `${pathname}/`;
  if (!withSlash.startsWith(base)) return { ...resolveSegments([]), recognised: false };
  const raw = redirected(`/${withSlash.slice(base.length)}`, renamed).split('/').filter((segment) => segment !== '');
  if (raw.at(-1) === 'index.html') raw.pop();
  const segments = raw.map(decode);
  const understood = segments.findIndex((segment) => segment === undefined);
  if (understood === -1) return resolveSegments(segments as string[]);
  return { ...resolveSegments(segments.slice(0, understood) as string[]), recognised: false };
}
