import { declarationOf } from './decision-path';
import type { WizardEvent } from './wizard-events';

/** The name of every answer a screen's form sends: `?answer=root-user`, `?answer=console&answer=cli`. */
export const answerField = 'answer';

/**
 * What a screen's form sends for a way forward, in the order the form sends it: a radio's value, or
 * each box a set of places ticks (in the registry's order, the order the boxes appear in); nothing
 * for a move that is a link.
 */
export function formValuesFor(event: WizardEvent): readonly string[] | undefined {
  switch (event.type) {
    case 'answer.select': {
      const declaration = declarationOf(event.question);
      const allThatApply = declaration.kind === 'question' ? declaration.allThatApply : undefined;
      return allThatApply ? allThatApply.ticked(event.value) : [event.value];
    }
    case 'confirmation.signedOut':
      return ['yes'];
    case 'confirmation.stillSignedIn':
      return ['no'];
    default:
      return undefined;
  }
}
