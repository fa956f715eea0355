import { assertEvent, assign, createActor, setup, type ActorScope, type SnapshotFrom } from 'xstate';
import type { Answers, QuestionId } from '../content/answers';
import { isAllowedAnswer, nextScreen, previousScreen, questionOrder, reconcile, wasAsked, type Stop } from './decision-path';
import { situationOf } from './situation';
import { stepsFor } from './what-applies';
import type { WizardContext, WizardEvent } from './wizard-events';

/** How many steps the answers lead to: none until the situation is known. */
export function stepCount(given: Answers): number {
  const situation = situationOf(given);
  return situation ? stepsFor(situation).length : 0;
}

const initialContext: WizardContext = { given: {}, stepIndex: 0 };

type Screen = Stop | 'steps';

const answersAfter = (given: Answers, question: QuestionId, value: string) => reconcile({ ...given, [question]: value });

const machineSetup = setup({
  types: {
    context: {} as WizardContext,
    events: {} as WizardEvent,
  },
  guards: {
    /** An answer this question offers, after which the decision path's next screen is `to`. */
    answerLeadsTo: ({ context: { given }, event }, params: { question: QuestionId; to: Screen }) =>
      event.type === 'answer.select' &&
      event.question === params.question &&
      isAllowedAnswer(event.question, event.value, given) &&
      nextScreen(event.question, answersAfter(given, event.question, event.value)) === params.to,
    /** Back from `from` returns to `to`: the nearest earlier screen that was shown. */
    returnsTo: ({ context }, params: { from: Screen; to: Stop | 'start' }) => previousScreen(params.from, context.given) === params.to,
    isChangeOf: ({ context, event }, params: { question: QuestionId }) =>
      event.type === 'answer.change' && event.question === params.question && wasAsked(params.question, context.given),
    hasNextStep: ({ context }) => context.stepIndex < stepCount(context.given) - 1,
    hasPreviousStep: ({ context }) => context.stepIndex > 0,
  },
  actions: {
    recordAnswer: assign(({ context, event }) => {
      assertEvent(event, 'answer.select');
      return { given: answersAfter(context.given, event.question, event.value), stepIndex: 0 };
    }),
    goToNextStep: assign({ stepIndex: ({ context }) => context.stepIndex + 1 }),
    goToPreviousStep: assign({ stepIndex: ({ context }) => context.stepIndex - 1 }),
    forgetAnswers: assign(() => initialContext),
  },
});

/** An answer to `question` moves on to whichever of `screens` the decision path names next. */
const answering = (question: QuestionId, ...screens: Screen[]) =>
  screens.map((to) => ({ guard: { type: 'answerLeadsTo' as const, params: { question, to } }, target: to, actions: 'recordAnswer' as const }));

/** Back from `from` returns to whichever of `screens` was shown last before it. */
const backFrom = (from: Screen, ...screens: Array<Stop | 'start'>) =>
  screens.map((to) => ({ guard: { type: 'returnsTo' as const, params: { from, to } }, target: to }));

/**
 * The decision path: user type, where, places, number of sessions, steps, confirmation. "I'm not
 * sure" detours through two questions about how the person signs in. Each state lists the screens
 * it can lead to; which one comes next is the decision path's to say (decision-path.ts), so a
 * question that has only one possible answer is passed over with that answer recorded.
 */
export const wizardMachine = machineSetup.createMachine({
  id: 'wizard',
  initial: 'start',
  context: initialContext,
  on: {
    'wizard.restart': { target: '.start', actions: 'forgetAnswers' },
    'answer.change': questionOrder.map((question) => ({ guard: { type: 'isChangeOf', params: { question } }, target: `.${question}` })),
  },
  states: {
    start: { on: { 'wizard.start': 'userType' } },
    userType: {
      on: { 'answer.select': answering('userType', 'createdAccount', 'whereToSignOut'), 'nav.back': 'start' },
    },
    createdAccount: {
      on: { 'answer.select': answering('createdAccount', 'whereToSignOut', 'signInMethod'), 'nav.back': 'userType' },
    },
    signInMethod: {
      on: { 'answer.select': answering('signInMethod', 'whereToSignOut', 'unidentified'), 'nav.back': 'createdAccount' },
    },
    unidentified: { on: { 'nav.back': 'signInMethod' } },
    whereToSignOut: {
      on: {
        'answer.select': answering('whereToSignOut', 'places', 'sessions', 'steps', 'noSelfService'),
        'nav.back': backFrom('whereToSignOut', 'signInMethod', 'createdAccount', 'userType'),
      },
    },
    noSelfService: { on: { 'nav.back': 'whereToSignOut' } },
    places: {
      on: { 'answer.select': answering('places', 'sessions', 'steps'), 'nav.back': 'whereToSignOut' },
    },
    sessions: {
      on: { 'answer.select': answering('sessions', 'whichSessions', 'steps'), 'nav.back': backFrom('sessions', 'places', 'whereToSignOut') },
    },
    whichSessions: {
      on: { 'answer.select': answering('whichSessions', 'steps'), 'nav.back': 'sessions' },
    },
    steps: {
      on: {
        'step.next': [{ guard: 'hasNextStep', actions: 'goToNextStep' }, { target: 'confirmation' }],
        'step.previous': { guard: 'hasPreviousStep', actions: 'goToPreviousStep' },
        'nav.back': [
          { guard: 'hasPreviousStep', actions: 'goToPreviousStep' },
          ...backFrom('steps', 'whichSessions', 'sessions', 'places', 'whereToSignOut'),
        ],
      },
    },
    confirmation: {
      on: {
        'confirmation.signedOut': 'done',
        'confirmation.stillSignedIn': 'notSignedOut',
        'nav.back': 'steps',
      },
    },
    done: { on: { 'nav.back': 'confirmation' } },
    notSignedOut: { on: { 'nav.back': 'confirmation' } },
  },
});

type WizardSnapshot = SnapshotFrom<typeof wizardMachine>;

/**
 * What the machine's pure transitions run in: an actor that is never started, with nowhere for actions
 * to go (the machine's only actions are assigns, which the transition applies itself). xstate's
 * `transition()` builds one, and the machine's initial snapshot with it, on every call: that was two
 * fifths of each transition, and an address or a link is several.
 */
const neverStarted = createActor(wizardMachine);
const nothing = () => {};
const inertScope: ActorScope<WizardSnapshot, WizardEvent> = {
  self: neverStarted,
  system: neverStarted.system,
  id: '',
  sessionId: '',
  logger: nothing,
  defer: nothing,
  emit: nothing,
  stopChild: nothing,
  actionExecutor: nothing,
};

/** The snapshot an event leads to, without sending it: what a link's address is made from. */
export const snapshotAfter = (snapshot: WizardSnapshot, event: WizardEvent) => wizardMachine.transition(snapshot, event, inertScope);

/** The snapshot a new wizard starts from, without running an actor. */
export const firstSnapshot = () => wizardMachine.getInitialSnapshot(inertScope);
