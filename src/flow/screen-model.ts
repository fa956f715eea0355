import { notSure, type Answers, type QuestionId } from '../content/answers';
import type { FollowUp } from '../content/follow-ups';
import type { ScopedNote } from '../content/notes';
import { drawingsOf, type ProcedureContent } from '../content/procedure';
import { optionContent, optionContentFor, questions } from '../content/questions';
import {
  alsoSignedInWords,
  checkWordsFor,
  noSelfServiceScreen,
  pageWords,
  stepScreen,
  unidentifiedScreen,
  type CheckWords,
  type WhatTheStepsShow,
} from '../content/screens';
import { productName, startScreen } from '../content/site';
import type { SourceId, Sourced } from '../content/sources';
import { userTypeModule } from '../content/user-types/registry';
import type { UserTypeModule } from '../content/user-types/user-type';
import { signOutOf } from '../content/places/place-steps';
import { placesOfferedTo, setOf, type PlaceId } from '../content/places/registry';
import { declarationOf, isAsked, optionsFor, questionOrder, reconcile, type Phase, type QuestionDeclaration } from './decision-path';
import { followUpEvents } from './follow-up';
import { aboutTheWizard, asPlainText, startWords, type ScreenWords } from './page-title';
import { progressAt, type Progress } from './progress';
import { answersOf, screenOf, type Screen, type WizardSnapshot } from './screen';
import { resolvedUserType, situationOf, type Situation } from './situation';
import { notesFor, outOfReachNotesFor, placeLinkedBy, proceduresFor, stepsFor, type PlacedStep } from './what-applies';
import type { WizardEvent } from './wizard-events';

/** A way on from a screen, as a person sees it. */
export interface Move {
  event: WizardEvent;
  /** The words of the control that causes it. */
  label: string;
  /** Choose an answer (a radio with script, a link without) and continue, or follow a link. */
  kind: 'choose' | 'follow';
  /** For a question of boxes to tick: the boxes that make this answer, by label (without script, the link `label` instead). */
  ticks?: readonly string[];
}

export interface AnsweredQuestion {
  question: QuestionId;
  /** The question's short name. */
  summaryLabel: string;
  /** The answer's words. */
  answer: string;
  /** It was asked, so its answer can be changed. */
  canChange: boolean;
}

export interface QuestionOption {
  value: string;
  label: string;
  hint?: string;
  more?: string;
}

/** What each kind of screen holds of its own. */
type View =
  | { kind: 'start' }
  | {
      kind: 'question';
      question: QuestionId;
      intro?: string;
      error: string;
      /** The answers, as radios; for a question of boxes to tick, those offered as links without script. */
      options: readonly QuestionOption[];
      selected?: string;
      /** A question answered by ticking all that apply: its boxes, those ticked, and the answer a ticking makes. */
      boxes?: { options: readonly QuestionOption[]; ticked: readonly string[]; answerFor: (ticked: readonly string[]) => string };
      /** After "I'm not sure", the first question once the answers settle the user type says which it is, and why. */
      identified?: string;
    }
  | { kind: 'unidentified'; advice: string; changeUserType: Move }
  | { kind: 'noSelfService'; lead?: string; help?: Sourced & { advice: string; signOutThere: FollowUp }; notes: readonly Afterwards[] }
  | {
      kind: 'step';
      index: number;
      steps: readonly PlacedStep[];
      step?: PlacedStep;
      isLast: boolean;
      previous?: WizardEvent;
      /** What to do if it didn't work: on paper, the page is all the person has. */
      stillSignedIn: readonly StillSignedIn[];
    }
  | { kind: 'confirmation' }
  | {
      kind: 'done';
      /** What else to know, those that change what the person does next first; the rest behind "More about this". */
      notes: readonly Afterwards[];
      /** How many of the notes are shown before "More about this". */
      shownFirst: number;
      alsoSignedIn: readonly AddedPlace[];
    }
  | { kind: 'notSignedOut'; notes: readonly StillSignedIn[] };

/** A place the checklist left out, as a link that adds it: to its first step, or to the question it still needs answered. */
export interface AddedPlace {
  label: string;
  events: readonly WizardEvent[];
}

/** A note as the done screen shows it: what else to know. */
export type Afterwards = ScopedNote & Required<Pick<ScopedNote, 'afterwards'>>;
/** A note as the still-signed-in screen shows it: a reason, and what to do. */
export type StillSignedIn = ScopedNote & Required<Pick<ScopedNote, 'stillSignedIn'>>;

/**
 * Everything a screen shows, worked out once from the machine's state: its words, progress and
 * sources, the answers that lead to it and the ways on, and what its kind of screen holds. The
 * screens, the map and its search, titles, the share message, print and prerender all render from it.
 */
export type ScreenModel = View & {
  words: ScreenWords;
  progress?: Progress;
  /** The AWS pages its words come from, each once, in the order it uses them. */
  sources: readonly SourceId[];
  /** The answers that lead here, in flow order. */
  answers: Answers;
  answered: readonly AnsweredQuestion[];
  /** Where those answers lead, once known. */
  situation?: Situation;
  /** Who the person is, once known, as a sentence names them: "an IAM user". */
  person?: string;
  /** What the person follows in that situation, in order. */
  procedures: readonly ProcedureContent[];
  check: CheckWords;
  /** The ways forward from here. */
  moves: readonly Move[];
};

/** What a screen's model is made from: the answers that lead to it, and what they settle. */
interface Known {
  snapshot: WizardSnapshot;
  answers: Answers;
  situation?: Situation;
  userType?: UserTypeModule;
  procedures: readonly ProcedureContent[];
  check: CheckWords;
}

/** A kind of screen's part of the model: what it holds, its words, what those words come from, and its part of the progress. */
interface Part {
  view: View;
  words: ScreenWords;
  shows: readonly (Partial<Sourced> | undefined)[];
  phase?: Phase;
  endsPath?: boolean;
}

const successesOf = (procedures: readonly ProcedureContent[]) => procedures.flatMap((procedure) => [procedure.success, procedure.success.picture]);

function partOf(screen: Screen, known: Known): Part {
  const { answers, situation, userType, procedures, check } = known;
  switch (screen.kind) {
    case 'start':
      return { view: { kind: 'start' }, words: startWords, shows: [] };
    case 'question': {
      const { text, intro, error } = questions[screen.question];
      const declaration = declarationOf(screen.question) as QuestionDeclaration;
      const asOption = (value: string) => ({ value, ...optionContentFor(screen.question, value, resolvedUserType(answers))! });
      const selected = known.snapshot.context.given[screen.question];
      const manyOf = declaration.allThatApply;
      const options = (manyOf ? manyOf.links(answers) : optionsFor(screen.question, answers)).map(asOption);
      const boxes = manyOf && {
        options: manyOf.boxes(answers).map(asOption),
        ticked: manyOf.ticked(selected),
        answerFor: manyOf.answerFor,
      };
      const identified = screen.question === 'whereToSignOut' && answers.userType === notSure ? userType?.identification.because : undefined;
      return {
        view: { kind: 'question', question: screen.question, intro, error, options, selected, ...(boxes && { boxes }), ...(identified && { identified }) },
        words: aboutTheWizard(text, `${text} ${intro ?? pageWords.questionDescription}`),
        shows: [...(identified ? [userType!.identification] : []), ...(boxes ? boxes.options : options)],
        phase: declaration.phase,
      };
    }
    case 'unidentified':
      return {
        view: {
          kind: 'unidentified',
          advice: unidentifiedScreen.advice,
          changeUserType: { event: { type: 'answer.change', question: 'userType' }, kind: 'follow', label: unidentifiedScreen.action },
        },
        words: aboutTheWizard(unidentifiedScreen.heading),
        shows: [unidentifiedScreen],
        phase: 'who',
        endsPath: true,
      };
    case 'noSelfService': {
      const help = userType?.whoCanHelp;
      const resolved = resolvedUserType(answers);
      const notes = resolved ? outOfReachNotesFor(resolved).filter((note): note is Afterwards => note.afterwards !== undefined) : [];
      return {
        view: { kind: 'noSelfService', lead: userType && help && noSelfServiceScreen.lead(userType.article, userType.name), help, notes },
        words: aboutTheWizard(noSelfServiceScreen.heading),
        shows: [noSelfServiceScreen, help, ...notes],
        phase: 'where',
        endsPath: true,
      };
    }
    case 'step': {
      const steps = situation ? stepsFor(situation) : [];
      const step = steps[screen.index];
      const caption = step && stepScreen.caption(screen.index + 1, steps.length, step.procedure.title);
      return {
        view: {
          kind: 'step',
          index: screen.index,
          steps,
          step,
          isLast: screen.index === steps.length - 1,
          previous: screen.index > 0 ? { type: 'step.previous' } : undefined,
          stillSignedIn: situation ? stillSignedInNotes(situation) : [],
        },
        words: step ? { ...aboutTheWizard(step.heading, asPlainText(step.instruction)), caption } : aboutTheWizard(productName, startScreen.lead),
        shows: step ? [step, ...(step.ways ?? []), ...drawingsOf(step)] : [],
        phase: 'steps',
      };
    }
    case 'confirmation':
      return { view: { kind: 'confirmation' }, words: aboutTheWizard(check.confirmation.heading), shows: successesOf(procedures), phase: 'check' };
    case 'done': {
      const { notes, shownFirst } = upFront(
        situation ? notesFor(situation).filter((note): note is Afterwards => note.afterwards !== undefined).map(relativeTo(situation)) : [],
      );
      const alsoSignedIn = situation ? placesLeftOut(situation) : [];
      return {
        view: { kind: 'done', notes, shownFirst, alsoSignedIn },
        words: aboutTheWizard(check.done.heading),
        shows: [...successesOf(procedures), ...notes],
        phase: 'check',
      };
    }
    case 'notSignedOut': {
      const notes = situation ? stillSignedInNotes(situation) : [];
      return { view: { kind: 'notSignedOut', notes }, words: aboutTheWizard(check.notSignedOut.heading), shows: notes, phase: 'check' };
    }
  }
}

/** How many notes a done screen shows before "More about this": a phone shows them and the way on. */
const notesUpFront = 2;

/**
 * The done screen's notes, those that change what the person does next first (something stays
 * signed in, or a link to what to do), two at most; all of them when there are no more than two.
 */
function upFront(notes: readonly Afterwards[]): { notes: readonly Afterwards[]; shownFirst: number } {
  if (notes.length <= notesUpFront) return { notes, shownFirst: notes.length };
  const acting = notes.filter((note) => note.somethingStays || note.followUp).slice(0, notesUpFront);
  return { notes: [...acting, ...notes.filter((note) => !acting.includes(note))], shownFirst: acting.length };
}

/** The reasons someone may still be signed in, the likeliest first, then in the order the notes come. */
const stillSignedInNotes = (situation: Situation) =>
  notesFor(situation)
    .filter((note): note is StillSignedIn => note.stillSignedIn !== undefined)
    .map(relativeTo(situation))
    .toSorted((a, b) => Number(b.stillSignedIn.first === true) - Number(a.stillSignedIn.first === true));

/**
 * Signing out of one more place here, on top of the checklist's: its places with this one added, straight
 * to the added place's first step once no question stands before the steps.
 */
function addingPlace(situation: Situation & { whereToSignOut: 'this-browser' }, added: PlaceId, label: string): FollowUp {
  const { userType, places, sessions, whichSessions } = situation;
  const answers = { userType, whereToSignOut: 'this-browser' as const, places: setOf([...places, added]), sessions, whichSessions };
  const widened = situationOf(reconcile(answers));
  const fromStep = widened ? stepsFor(widened).findIndex((step) => step.procedure.id === signOutOf(added, widened).id) : 0;
  return { label, answers, fromStep: Math.max(fromStep, 0) };
}

/** The places of this kind of user that the checklist left out, each as a link to its steps added to the rest. */
function placesLeftOut(situation: Situation): AddedPlace[] {
  if (situation.whereToSignOut !== 'this-browser') return [];
  return placesOfferedTo(situation.userType)
    .filter((place) => !situation.places.includes(place.id as PlaceId))
    .map((place) => {
      const followUp = addingPlace(situation, place.id as PlaceId, alsoSignedInWords.link(place.name));
      return { label: followUp.label, events: followUpEvents(followUp) };
    });
}

/**
 * A note's link to signing out of another place here adds that place to the checklist rather than
 * replacing it, and goes where the checklist already has it.
 */
function relativeTo(situation: Situation) {
  return <N extends ScopedNote>(note: N): N => {
    const place = placeLinkedBy(note, situation);
    if (!place || !note.followUp || situation.whereToSignOut !== 'this-browser') return note;
    if (situation.places.includes(place)) return { ...note, followUp: undefined };
    return { ...note, followUp: addingPlace(situation, place, note.followUp.label) };
  };
}

/** The words of the control that causes an event, on this screen. */
function moveFor(event: WizardEvent, check: CheckWords, view: View): Move {
  switch (event.type) {
    case 'answer.select': {
      const label = (value: string) => optionContent(event.question, value)?.label ?? value;
      const ticked = (declarationOf(event.question) as QuestionDeclaration).allThatApply?.ticked(event.value);
      return { event, kind: 'choose', label: label(event.value), ...(ticked && { ticks: ticked.map(label) }) };
    }
    case 'confirmation.signedOut':
      return { event, kind: 'choose', label: check.confirmation.yes };
    case 'confirmation.stillSignedIn':
      return { event, kind: 'choose', label: check.confirmation.no };
    case 'step.next':
      return { event, kind: 'follow', label: view.kind === 'step' && view.isLast ? stepScreen.lastNext : stepScreen.next };
    default:
      return { event, kind: 'follow', label: startScreen.action };
  }
}

const sourcesOf = (items: readonly (Partial<Sourced> | undefined)[]): SourceId[] => [
  ...new Set(items.flatMap((item) => (item?.source ? [item.source, ...(item.alsoFrom ?? [])] : []))),
];

function answeredQuestions(answers: Answers): AnsweredQuestion[] {
  return questionOrder.flatMap((question) => {
    const value = answers[question];
    if (value === undefined) return [];
    const workedOut = question === 'userType' && value === notSure ? resolvedUserType(answers) : undefined;
    const answer = workedOut ? pageWords.workedOut(optionContent(question, workedOut)!.label) : (optionContent(question, value)?.label ?? value);
    return [{ question, summaryLabel: questions[question].summaryLabel, answer, canChange: isAsked(question, answers) }];
  });
}

/**
 * What the steps can claim: that the person will know each worked, where AWS documents a sign for
 * each; and that they are signed out, where moreover no step is unconfirmed and no note on the path says
 * something stays signed in or goes on. One rule for the check, the ending, its title, print and message.
 */
function whatTheStepsShow(procedures: readonly ProcedureContent[], situation: Situation | undefined): WhatTheStepsShow {
  const everySign = procedures.every((procedure) => !procedure.success.noSign);
  const unconfirmed = procedures.some((procedure) => procedure.success.unconfirmed || procedure.steps.some((step) => step.unconfirmed));
  const somethingStays = situation ? notesFor(situation).some((note) => note.somethingStays) : false;
  return { everySign, signedOut: everySign && !unconfirmed && !somethingStays };
}

/** The screen the machine is on, as the person sees it. */
export function screenModelOf(snapshot: WizardSnapshot): ScreenModel {
  const screen = screenOf(snapshot);
  const answers = answersOf(snapshot);
  const situation = situationOf(answers);
  const resolved = resolvedUserType(answers);
  const userType = resolved && userTypeModule(resolved);
  const procedures = situation ? proceduresFor(situation) : [];
  const check = checkWordsFor(answers.whereToSignOut ?? 'this-browser', whatTheStepsShow(procedures, situation));
  const { view, words, shows, phase, endsPath = false } = partOf(screen, { snapshot, answers, situation, userType, procedures, check });
  return {
    ...view,
    words,
    progress: phase && progressAt(phase, endsPath, answers, situation !== undefined),
    sources: sourcesOf(shows),
    answers,
    answered: answeredQuestions(answers),
    situation,
    person: userType && `${userType.article} ${userType.name}`,
    procedures,
    check,
    moves: screen.forward.map((event) => moveFor(event, check, view)),
  };
}
