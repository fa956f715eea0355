import type { Answers } from '../content/answers';
import type { FollowUp } from '../content/follow-ups';
import { isAsked, questionOrder, reconcile } from './decision-path';
import type { WizardEvent } from './wizard-events';

/** What a follow-up link sends: start again, then answer each of its questions that is asked on the way. */
export function followUpEvents({ answers, fromStep = 0 }: FollowUp): WizardEvent[] {
  const events: WizardEvent[] = [{ type: 'wizard.restart' }, { type: 'wizard.start' }];
  let given: Answers = {};
  for (const question of questionOrder) {
    const value = answers[question];
    if (value === undefined) continue;
    if (isAsked(question, given)) events.push({ type: 'answer.select', question, value });
    given = reconcile({ ...given, [question]: value });
  }
  for (let step = 0; step < fromStep; step += 1) events.push({ type: 'step.next' });
  return events;
}
