import { assertEvent, assign, setup } from 'xstate';
import type { QuestionId } from '../content/answers';
import {
  includesConsole,
  isAllowedAnswer,
  isAsked,
  reconcile,
  resolvedUserType,
  wasAsked,
  situationOf,
} from './answer-rules';
import { stepCountFor } from './procedure-plan';
import type { WizardContext, WizardEvent } from './wizard-events';

export function stepCount(context: WizardContext): number {
  const situation = situationOf(context.answers);
  return situation ? stepCountFor(situation) : 0;
}

const initialContext: WizardContext = { answers: {}, stepIndex: 0 };

/** Event handlers for a question's screen, to the transient state that routes onwards. */
const askQuestion = (question: QuestionId, then: string) =>
  ({
  'answer.select': {
    guard: { type: 'isAllowedAnswer', params: { question } },
    target: then,
    actions: 'recordAnswer',
  },
}) as const;

export const wizardMachine = setup({
  types: {
    context: {} as WizardContext,
    events: {} as WizardEvent,
  },
  guards: {
    isAllowedAnswer: ({ context, event }, params: { question: QuestionId }) =>
      event.type === 'answer.select' &&
      event.question === params.question &&
      isAllowedAnswer(params.question, event.value, context.answers),
    canChange: ({ context, event }, params: { question: QuestionId }) =>
      event.type === 'answer.change' && event.question === params.question && wasAsked(params.question, context.answers),
    isNotSure: ({ context }) => context.answers.userType === 'not-sure',
    isIdentified: ({ context }) => resolvedUserType(context.answers) !== undefined,
    wasAsked: ({ context }, params: { question: QuestionId }) => wasAsked(params.question, context.answers),
    isPortalSettled: ({ context }) => !isAsked('portal', context.answers) && context.answers.portal !== undefined,
    includesConsole: ({ context }) => includesConsole(context.answers.portal),
    hasSeveralSessions: ({ context }) => context.answers.sessions === 'several',
    hasNextStep: ({ context }) => context.stepIndex < stepCount(context) - 1,
    hasPreviousStep: ({ context }) => context.stepIndex > 0,
  },
  actions: {
    recordAnswer: assign(({ context, event }) => {
      assertEvent(event, 'answer.select');
      return { answers: reconcile({ ...context.answers, [event.question]: event.value }), stepIndex: 0 };
    }),
    goToFirstStep: assign({ stepIndex: 0 }),
    goToNextStep: assign({ stepIndex: ({ context }) => context.stepIndex + 1 }),
    goToPreviousStep: assign({ stepIndex: ({ context }) => context.stepIndex - 1 }),
    forgetAnswers: assign(() => initialContext),
  },
}).createMachine({
  id: 'wizard',
  initial: 'start',
  context: initialContext,
  on: {
    'wizard.restart': { target: '.start', actions: 'forgetAnswers' },
    'answer.change': [
      { guard: { type: 'canChange', params: { question: 'userType' } }, target: '.userType' },
      { guard: { type: 'canChange', params: { question: 'createdAccount' } }, target: '.identify.createdAccount' },
      { guard: { type: 'canChange', params: { question: 'signInMethod' } }, target: '.identify.signInMethod' },
      { guard: { type: 'canChange', params: { question: 'portal' } }, target: '.portal' },
      { guard: { type: 'canChange', params: { question: 'sessions' } }, target: '.sessions' },
      { guard: { type: 'canChange', params: { question: 'whichSessions' } }, target: '.whichSessions' },
    ],
  },
  states: {
    start: {
      on: { 'wizard.start': 'userType' },
    },
    userType: {
      on: { ...askQuestion('userType', 'afterUserType'), 'nav.back': 'start' },
    },
    afterUserType: {
      always: [{ guard: 'isNotSure', target: 'identify' }, { target: 'portal' }],
    },
    identify: {
      initial: 'createdAccount',
      states: {
        createdAccount: {
          on: { ...askQuestion('createdAccount', 'afterCreatedAccount'), 'nav.back': '#wizard.userType' },
        },
        afterCreatedAccount: {
          always: [{ guard: 'isIdentified', target: 'identified' }, { target: 'signInMethod' }],
        },
        signInMethod: {
          on: { ...askQuestion('signInMethod', 'afterSignInMethod'), 'nav.back': 'createdAccount' },
        },
        afterSignInMethod: {
          always: [{ guard: 'isIdentified', target: 'identified' }, { target: 'unidentified' }],
        },
        identified: {
          on: {
            'identification.confirm': '#wizard.portal',
            'nav.back': [
              { guard: { type: 'wasAsked', params: { question: 'signInMethod' } }, target: 'signInMethod' },
              { target: 'createdAccount' },
            ],
          },
        },
        unidentified: {
          on: { 'nav.back': 'signInMethod' },
        },
      },
    },
    portal: {
      always: { guard: 'isPortalSettled', target: 'afterPortal' },
      on: { ...askQuestion('portal', 'afterPortal'), 'nav.back': 'backBeforePortal' },
    },
    afterPortal: {
      always: [
        { guard: 'includesConsole', target: 'sessions' },
        { target: 'steps', actions: 'goToFirstStep' },
      ],
    },
    sessions: {
      on: { ...askQuestion('sessions', 'afterSessions'), 'nav.back': 'backBeforeSessions' },
    },
    afterSessions: {
      always: [
        { guard: 'hasSeveralSessions', target: 'whichSessions' },
        { target: 'steps', actions: 'goToFirstStep' },
      ],
    },
    whichSessions: {
      on: { ...askQuestion('whichSessions', 'steps'), 'nav.back': 'sessions' },
    },
    steps: {
      on: {
        'step.next': [{ guard: 'hasNextStep', actions: 'goToNextStep' }, { target: 'confirmation' }],
        'step.previous': { guard: 'hasPreviousStep', actions: 'goToPreviousStep' },
        'nav.back': [{ guard: 'hasPreviousStep', actions: 'goToPreviousStep' }, { target: 'backBeforeSteps' }],
      },
    },
    confirmation: {
      on: {
        'confirmation.signedOut': 'done',
        'confirmation.stillSignedIn': 'notSignedOut',
        'nav.back': 'steps',
      },
    },
    done: {
      on: { 'nav.back': 'confirmation' },
    },
    notSignedOut: {
      on: { 'nav.back': 'confirmation' },
    },
    // Back skips questions that were never asked: these transient states find the last one that was.
    backBeforeSteps: {
      always: [
        { guard: { type: 'wasAsked', params: { question: 'whichSessions' } }, target: 'whichSessions' },
        { guard: { type: 'wasAsked', params: { question: 'sessions' } }, target: 'sessions' },
        { target: 'backBeforeSessions' },
      ],
    },
    backBeforeSessions: {
      always: [
        { guard: { type: 'wasAsked', params: { question: 'portal' } }, target: 'portal' },
        { target: 'backBeforePortal' },
      ],
    },
    backBeforePortal: {
      always: [{ guard: 'isNotSure', target: 'identify.identified' }, { target: 'userType' }],
    },
  },
});
