import { assertEvent, assign, setup } from 'xstate';
import type { Answers, QuestionId } from '../content/answers';
import {
  decisionPath,
  isAllowedAnswer,
  nextScreen,
  previousScreen,
  questionOrder,
  reconcile,
  stopsAfter,
  stopsBefore,
  wasAsked,
  type Stop,
} from './decision-path';
import { situationOf } from './situation';
import { stepCountFor } from './procedure-plan';
import type { WizardContext, WizardEvent } from './wizard-events';

export function stepCount(context: WizardContext): number {
  const situation = situationOf(context.answers);
  return situation ? stepCountFor(situation) : 0;
}

const initialContext: WizardContext = { answers: {}, stepIndex: 0 };

/** The answers as they will be once this event's answer is recorded. */
function answersAfter(context: WizardContext, event: WizardEvent): Answers {
  return event.type === 'answer.select' ? reconcile({ ...context.answers, [event.question]: event.value }) : context.answers;
}

/**
 * Remembers the last result for the same arguments. A move tries one guarded transition per screen
 * it could lead to, and each guard asks the same question of the same context and event: asked
 * once, the answer serves them all.
 */
function lastResultOf<A extends readonly unknown[], R>(work: (...args: A) => R): (...args: A) => R {
  let last: { args: A; result: R } | undefined;
  return (...args) => {
    if (last && last.args.length === args.length && last.args.every((arg, index) => arg === args[index])) return last.result;
    const result = work(...args);
    last = { args, result };
    return result;
  };
}

const screenAfter = lastResultOf((from: Stop | 'start', context: WizardContext, event: WizardEvent) =>
  nextScreen(from, answersAfter(context, event)),
);
const screenBefore = lastResultOf((from: Stop | 'steps', answers: Answers) => previousScreen(from, answers));

const machineSetup = setup({
  types: {
    context: {} as WizardContext,
    events: {} as WizardEvent,
  },
  guards: {
    /** Answering this question, or leaving this screen, leads to `to`: the next screen the answers call for. */
    leadsTo: ({ context, event }, params: { from: Stop | 'start'; to: string }) => {
      if (event.type === 'answer.select' && (event.question !== params.from || !isAllowedAnswer(event.question, event.value, context.answers))) {
        return false;
      }
      return screenAfter(params.from, context, event) === params.to;
    },
    /** Back from this screen returns to `to`: the nearest earlier screen that was shown. */
    returnsTo: ({ context }, params: { from: Stop | 'steps'; to: string }) => screenBefore(params.from, context.answers) === params.to,
    isChangeOf: ({ context, event }, params: { question: QuestionId }) =>
      event.type === 'answer.change' && event.question === params.question && wasAsked(params.question, context.answers),
    hasNextStep: ({ context }) => context.stepIndex < stepCount(context) - 1,
    hasPreviousStep: ({ context }) => context.stepIndex > 0,
  },
  actions: {
    recordAnswer: assign(({ context, event }) => {
      assertEvent(event, 'answer.select');
      return { answers: answersAfter(context, event), stepIndex: 0 };
    }),
    goToNextStep: assign({ stepIndex: ({ context }) => context.stepIndex + 1 }),
    goToPreviousStep: assign({ stepIndex: ({ context }) => context.stepIndex - 1 }),
    forgetAnswers: assign(() => initialContext),
  },
});

/** Forward from a screen: one guarded transition to each screen that could come next. */
const forwardFrom = (from: Stop | 'start', actions: 'recordAnswer'[] = []) =>
  [...stopsAfter(from), 'steps'].map((to) => ({ guard: { type: 'leadsTo' as const, params: { from, to } }, target: to, actions }));

/** Back from a screen: one guarded transition to each earlier screen it could return to. */
const backFrom = (from: Stop | 'steps') =>
  [...stopsBefore(from), 'start'].map((to) => ({ guard: { type: 'returnsTo' as const, params: { from, to } }, target: to }));

const stopStates = Object.fromEntries(
  decisionPath.map((stop) => {
    const back = { 'nav.back': backFrom(stop.id) };
    if (stop.kind === 'question') return [stop.id, { on: { 'answer.select': forwardFrom(stop.id, ['recordAnswer']), ...back } }];
    if (stop.endsPath) return [stop.id, { on: back }];
    return [stop.id, { on: { 'identification.confirm': forwardFrom(stop.id), ...back } }];
  }),
);

export const wizardMachine = machineSetup.createMachine({
  id: 'wizard',
  initial: 'start',
  context: initialContext,
  on: {
    'wizard.restart': { target: '.start', actions: 'forgetAnswers' },
    'answer.change': questionOrder.map((question) => ({
      guard: { type: 'isChangeOf', params: { question } },
      target: `.${question}`,
    })),
  },
  states: {
    start: {
      on: { 'wizard.start': forwardFrom('start') },
    },
    ...stopStates,
    steps: {
      on: {
        'step.next': [{ guard: 'hasNextStep', actions: 'goToNextStep' }, { target: 'confirmation' }],
        'step.previous': { guard: 'hasPreviousStep', actions: 'goToPreviousStep' },
        'nav.back': [{ guard: 'hasPreviousStep', actions: 'goToPreviousStep' }, ...backFrom('steps')],
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
  },
});
