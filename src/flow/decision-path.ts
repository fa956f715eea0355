import { answerValues, noneOfThese, notSure, type Answers, type QuestionId } from '../content/answers';
import { placeModule, placeSetLinksFor, placeSetsFor, placesIn, placesOfferedTo, setOf } from '../content/places/registry';
import { signInMethods, userTypes } from '../content/user-types/registry';
import { canEndSessionsElsewhere, resolvedUserType, situationOf } from './situation';

/** The five fixed parts of the progress indicator, in order. */
export const phases = ['who', 'where', 'sessions', 'steps', 'check'] as const;
export type Phase = (typeof phases)[number];

export interface QuestionDeclaration {
  kind: 'question';
  id: QuestionId;
  /** The question screen's own segment in addresses: published, so never changed. */
  slug: string;
  phase: Phase;
  /**
   * The answers it offers after the earlier ones: none when it is not on the path, one when that
   * answer is recorded without asking, more when it is asked.
   */
  options: (earlier: Answers) => readonly string[];
  /** For a question answered by ticking all that apply: how its answers are made of the boxes ticked. */
  allThatApply?: AllThatApply;
}

/** A question whose answer is a set of boxes ticked, such as the places a person is signed in. */
export interface AllThatApply {
  /** The boxes it offers after the earlier answers, each an answer of its own when ticked alone. */
  boxes: (earlier: Answers) => readonly string[];
  /** The answer the ticked boxes make. */
  answerFor: (ticked: readonly string[]) => string;
  /** The boxes an answer ticks. */
  ticked: (answer: string | undefined) => readonly string[];
  /** The answers offered as links where the page has no script to tick boxes with. */
  links: (earlier: Answers) => readonly string[];
}

/** A screen of the path that asks nothing: shown when the answers so far call for it. */
export interface OutcomeDeclaration {
  kind: 'outcome';
  id: 'unidentified' | 'noSelfService';
  /** Its own segment in addresses: published, so never changed. */
  slug: string;
  phase: Phase;
  shownWhen: (earlier: Answers) => boolean;
  /** Nothing follows it: the person can only go back, change an answer or start again. */
  endsPath: true;
}

const ask = (declaration: Omit<QuestionDeclaration, 'kind'>): QuestionDeclaration => ({ kind: 'question', ...declaration });

const isNotSure = (answers: Answers) => answers.userType === notSure;

/**
 * The screens before the steps, in the order they come; each question declared once. The
 * machine's guards, the addresses, the progress and the map all read this list.
 */
export const decisionPath = [
  ask({ id: 'userType', slug: 'user-type', phase: 'who', options: () => [...userTypes.map((userType) => userType.id), notSure] }),
  ask({
    id: 'createdAccount',
    slug: 'created-account',
    phase: 'who',
    options: (earlier) => (isNotSure(earlier) ? answerValues.createdAccount : []),
  }),
  ask({
    id: 'signInMethod',
    slug: 'sign-in',
    phase: 'who',
    options: (earlier) => (isNotSure(earlier) && earlier.createdAccount === 'no' ? [...signInMethods.map(({ method }) => method.id), noneOfThese] : []),
  }),
  {
    kind: 'outcome',
    id: 'unidentified',
    slug: 'ask-your-administrator',
    phase: 'who',
    shownWhen: (earlier) => isNotSure(earlier) && earlier.signInMethod !== undefined && resolvedUserType(earlier) === undefined,
    endsPath: true,
  },
  ask({
    id: 'whereToSignOut',
    slug: 'here-or-elsewhere',
    phase: 'where',
    options: (earlier) => (resolvedUserType(earlier) ? answerValues.whereToSignOut : []),
  }),
  {
    kind: 'outcome',
    id: 'noSelfService',
    slug: 'who-can-help',
    phase: 'where',
    shownWhen: (earlier) => {
      const userType = resolvedUserType(earlier);
      return earlier.whereToSignOut === 'elsewhere' && userType !== undefined && !canEndSessionsElsewhere(userType);
    },
    endsPath: true,
  },
  ask({
    id: 'places',
    // Published when the question was called "portal".
    slug: 'portal',
    phase: 'where',
    options: (earlier) => {
      const userType = resolvedUserType(earlier);
      return userType && earlier.whereToSignOut === 'this-browser' ? placeSetsFor(userType) : [];
    },
    allThatApply: {
      boxes: (earlier) => placesOfferedTo(resolvedUserType(earlier)!).map((place) => place.id),
      answerFor: (ticked) => setOf(ticked as Parameters<typeof setOf>[0]),
      ticked: placesIn,
      links: (earlier) => placeSetLinksFor(resolvedUserType(earlier)!),
    },
  }),
  ask({
    id: 'sessions',
    slug: 'sessions',
    phase: 'sessions',
    options: (earlier) => (placesIn(earlier.places).some((place) => placeModule(place).asksHowManyIdentities) ? answerValues.sessions : []),
  }),
  ask({
    id: 'whichSessions',
    slug: 'which-sessions',
    phase: 'sessions',
    options: (earlier) => (earlier.sessions === 'several' ? answerValues.whichSessions : []),
  }),
] as const satisfies readonly (QuestionDeclaration | OutcomeDeclaration)[];

export type Stop = (typeof decisionPath)[number]['id'];

const questionDeclarations = decisionPath.filter((stop): stop is QuestionDeclaration => stop.kind === 'question');

/** The order questions are asked in, which is also the order of answers in an address. */
export const questionOrder: readonly QuestionId[] = questionDeclarations.map((declaration) => declaration.id);

export const declarationOf = (id: Stop): QuestionDeclaration | OutcomeDeclaration => decisionPath.find((stop) => stop.id === id)!;

export function isQuestionId(name: string): name is QuestionId {
  return (questionOrder as readonly string[]).includes(name);
}

/** Which answers a question allows after these answers; none when it is not part of their path. */
export const optionsFor = (question: QuestionId, answers: Answers): readonly string[] =>
  questionDeclarations.find((declaration) => declaration.id === question)!.options(answers);

/** A question the person is shown: it applies and has more than one possible answer. */
export const isAsked = (question: QuestionId, answers: Answers): boolean => optionsFor(question, answers).length > 1;

/** A question the person answered when it was shown: one whose answer they can change. */
export const wasAsked = (question: QuestionId, answers: Answers): boolean => answers[question] !== undefined && isAsked(question, answers);

export const isAllowedAnswer = (question: QuestionId, value: string, answers: Answers): boolean => optionsFor(question, answers).includes(value);

/**
 * Keeps every answer that still applies after an earlier one changed, in flow order, and drops the
 * rest. A question with a single possible answer has that answer recorded.
 */
export function reconcile(answers: Answers): Answers {
  const kept: Answers = {};
  for (const question of questionOrder) {
    const options = optionsFor(question, kept);
    const given = answers[question];
    const value = options.length === 1 ? options[0] : given;
    if (value !== undefined && options.includes(value)) (kept as Record<QuestionId, string>)[question] = value;
  }
  return kept;
}

function isShown(stop: Stop, answers: Answers): boolean {
  const declaration = declarationOf(stop);
  return declaration.kind === 'question' ? isAsked(declaration.id, answers) : declaration.shownWhen(answers);
}

const stops: readonly Stop[] = decisionPath.map((declaration) => declaration.id);

export function isStop(name: string): name is Stop {
  return (stops as readonly string[]).includes(name);
}

/** The first screen after `stop` that these answers call for: a later stop, or the steps once the situation is known. */
export function nextScreen(stop: Stop | 'start', answers: Answers): Stop | 'steps' | undefined {
  const next = stops.slice(stop === 'start' ? 0 : stops.indexOf(stop) + 1).find((candidate) => isShown(candidate, answers));
  if (next) return next;
  return situationOf(answers) ? 'steps' : undefined;
}

/** The screen Back returns to from `stop`: the nearest earlier stop that was shown, or the start. */
export function previousScreen(stop: Stop | 'steps', answers: Answers): Stop | 'start' {
  const before = stops.slice(0, stop === 'steps' ? stops.length : stops.indexOf(stop)).toReversed();
  return before.find((candidate) => isShown(candidate, answers)) ?? 'start';
}

/** The questions that come before a stop: the answers that lead to its screen. */
export function questionsBefore(stop: Stop | 'steps'): readonly QuestionId[] {
  return stops.slice(0, stop === 'steps' ? stops.length : stops.indexOf(stop)).filter(isQuestionId);
}
