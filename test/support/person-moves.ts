import { optionContent } from '../../src/content/questions';
import { identifiedScreen, stepScreen } from '../../src/content/screens';
import { startScreen } from '../../src/content/site';
import { screenOf, type WizardSnapshot } from '../../src/flow/screen';
import type { WizardEvent } from '../../src/flow/wizard-events';
import { checkWordsFor } from '../../src/flow/what-applies';

/**
 * What a person does on a screen to move on, named as they see it: choose an answer (a radio with
 * script, a link without) and continue, or follow a link.
 */
export interface Move {
  kind: 'choose' | 'follow';
  name: string;
}

/** The move that causes this event on the screen `on` shows. */
export function moveFor(event: WizardEvent, on: WizardSnapshot): Move {
  const screen = screenOf(on);
  const confirmationScreen = checkWordsFor(on.context.answers).confirmation;
  switch (event.type) {
    case 'wizard.start':
      return { kind: 'follow', name: startScreen.action };
    case 'answer.select': {
      const option = optionContent(event.question, event.value);
      if (!option) throw new Error(`No answer ${event.value} to ${event.question}`);
      return { kind: 'choose', name: option.label };
    }
    case 'identification.confirm':
      return { kind: 'follow', name: identifiedScreen.action };
    case 'step.next': {
      const last = screen.kind === 'step' && screen.index + 1 === screen.count;
      return { kind: 'follow', name: last ? stepScreen.lastNext : stepScreen.next };
    }
    case 'confirmation.signedOut':
      return { kind: 'choose', name: confirmationScreen.yes };
    case 'confirmation.stillSignedIn':
      return { kind: 'choose', name: confirmationScreen.no };
    default:
      throw new Error(`A person cannot cause ${event.type} on a path`);
  }
}
