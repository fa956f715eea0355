import { optionContent } from '../content/questions';
import { identifiedScreen, stepScreen } from '../content/screens';
import { startScreen } from '../content/site';
import { screenOf, type WizardSnapshot } from '../flow/screen';
import type { WizardEvent } from '../flow/wizard-events';
import { checkWordsFor } from '../flow/what-applies';

/** What a person chooses to cause an event, in the words of the control they use to reach `to`. */
export function eventLabel(event: WizardEvent, to: WizardSnapshot): string {
  const confirmationScreen = checkWordsFor(to.context.answers).confirmation;
  switch (event.type) {
    case 'wizard.start':
      return startScreen.action;
    case 'answer.select':
      return optionContent(event.question, event.value)?.label ?? event.value;
    case 'identification.confirm':
      return identifiedScreen.action;
    case 'step.next':
      return screenOf(to).kind === 'confirmation' ? stepScreen.lastNext : stepScreen.next;
    case 'confirmation.signedOut':
      return confirmationScreen.yes;
    case 'confirmation.stillSignedIn':
      return confirmationScreen.no;
    default:
      return '';
  }
}
