import type { QuestionId } from '../content/answers';
import { questionOrder } from '../flow/decision-path';
import { answersOf, screenOf, type WizardSnapshot } from '../flow/screen';
import type { WizardEvent } from '../flow/wizard-events';
import { firstSnapshot, snapshotAfter } from '../flow/wizard-machine';
import { base } from './base';
import { addedQuestions, redirected, redirects, renamedAnswers } from './redirects';

/**
 * Every screen's address is the site's base, the answers that lead to it in flow order, then the
 * screen's own name: /iam-user/this-browser/console/several/all/steps/2/.
 */

/** The map of every path has an address of its own, outside the decision path. */
export const mapPath = `${base}map/`;

export const isMapPath = (pathname: string): boolean => pathname === mapPath || `${pathname}/` === mapPath;

/** Longer addresses cannot be valid; reading stops there. */
const maxSegments = 16;

function answerSegments(snapshot: WizardSnapshot): string[] {
  const answers = answersOf(snapshot);
  return questionOrder.flatMap((question) => answers[question] ?? []);
}

const segmentsOf = (snapshot: WizardSnapshot) => [...answerSegments(snapshot), ...screenOf(snapshot).name];

/** The screen's canonical path, under the site's base. */
export function pathOf(snapshot: WizardSnapshot): string {
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

interface Reading {
  /** The screen the address names, when the machine reaches it. */
  found?: ResolvedAddress;
  /** Otherwise the nearest: the first screen reached with the most of the address's answers, and how many. */
  nearest: ResolvedAddress;
  matched: number;
  /** The first question whose answer the address gives wrongly, and where in the address that answer stands. */
  wrongAnswer?: { question: QuestionId; at: number };
}

const commonLength = (a: readonly string[], b: readonly string[]) => {
  let length = 0;
  while (length < a.length && a[length] === b[length]) length += 1;
  return length;
};

/**
 * Walks forward through the machine from the start, taking at each question the answer the address
 * gives there, until it reaches the screen the address names: so an address can only reach what
 * its answers reach.
 */
function read(target: readonly string[]): Reading {
  const started: WizardEvent = { type: 'wizard.start' };
  const first = snapshotAfter(firstSnapshot(), started);
  const reading: Reading = { nearest: { snapshot: first, events: [started], recognised: false }, matched: 0 };
  const visit = (snapshot: WizardSnapshot, events: WizardEvent[]): boolean => {
    const answers = answerSegments(snapshot);
    const matched = commonLength(answers, target);
    if (matched > reading.matched) Object.assign(reading, { nearest: { snapshot, events, recognised: false }, matched });
    if (matched < answers.length) return false;
    const screen = screenOf(snapshot);
    const own = [...answers, ...screen.name];
    // The screen named, or the first one the answers lead to when the address names none.
    if ((own.length === target.length && commonLength(own, target) === target.length) || answers.length === target.length) {
      reading.found = { snapshot, events, recognised: true };
      return true;
    }
    const given = target[answers.length];
    if (screen.kind === 'question' && given !== screen.name[0] && !screen.forward.some((event) => event.type === 'answer.select' && event.value === given)) {
      reading.wrongAnswer ??= { question: screen.question, at: answers.length };
      return false;
    }
    return screen.forward.some((event) => {
      if (event.type === 'answer.select' && event.value !== given) return false;
      return visit(snapshotAfter(snapshot, event), [...events, event]);
    });
  };
  visit(first, [started]);
  return reading;
}

/**
 * Replays an address's answers through the machine. Whatever is not understood leaves the person
 * on the nearest screen the valid part reaches. An address published before a question was added
 * reads as if it gave the answer that question's older addresses meant, when the segment that
 * stood in its place makes sense that way.
 */
export function resolveSegments(segments: readonly string[]): ResolvedAddress {
  if (segments.length === 0) return { snapshot: firstSnapshot(), events: [], recognised: true };
  if (segments.length > maxSegments) return { ...resolveSegments(segments.slice(0, maxSegments)), recognised: false };
  const reading = read(segments);
  if (reading.found) return reading.found;
  const wrong = reading.wrongAnswer;
  const meant = wrong && addedQuestions[wrong.question];
  if (wrong && meant !== undefined) {
    const reread = read([...segments.slice(0, wrong.at), meant, ...segments.slice(wrong.at)]);
    if (reread.found) return reread.found;
    if (reread.matched > wrong.at + 1) return reread.nearest;
  }
  return reading.nearest;
}

/** A segment as written; a host that reads the + between places as a space (S3 does) hands it back as one. */
function decode(segment: string): string | undefined {
  try {
    return decodeURIComponent(segment).trim().toLowerCase().replace(/ +/g, '+');
  } catch {
    return undefined;
  }
}

/** Reads a location's pathname; anything outside the site's base is not recognised. */
export function resolvePath(pathname: string, renamed = redirects): ResolvedAddress {
  const withSlash = pathname.endsWith('/') ? pathname : `${pathname}/`;
  if (!withSlash.startsWith(base)) return { ...resolveSegments([]), recognised: false };
  const raw = redirected(`/${withSlash.slice(base.length)}`, renamed).split('/').filter((segment) => segment !== '');
  if (raw.at(-1) === 'index.html') raw.pop();
  const segments = raw.map(decode).map((segment) => (segment === undefined ? segment : (renamedAnswers[segment] ?? segment)));
  const understood = segments.findIndex((segment) => segment === undefined);
  if (understood === -1) return resolveSegments(segments as string[]);
  return { ...resolveSegments(segments.slice(0, understood) as string[]), recognised: false };
}
