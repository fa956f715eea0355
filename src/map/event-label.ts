import { optionContent } from '../content/questions';
import { confirmationScreen, identifiedScreen, stepScreen } from '../content/screens';
import { startScreen } from '../content/site';
import type { Screen } from '../flow/screen';
import type { WizardEvent } from '../flow/wizard-events';

type ScreenKind = Screen['kind'];

/** What a person chooses to cause an event, in the words of the control they use to reach `to`. */
export function eventLabel(event: WizardEvent, to: ScreenKind): string {
  switch (event.type) {
    case 'wizard.start':
      return startScreen.action;
    case 'answer.select':
      return optionContent(event.question, event.value)?.label ?? event.value;
    case 'identification.confirm':
      return identifiedScreen.action;
    case 'step.next':
      return to === 'confirmation' ? stepScreen.lastNext : stepScreen.next;
    case 'confirmation.signedOut':
      return confirmationScreen.yes;
    case 'confirmation.stillSignedIn':
      return confirmationScreen.no;
    default:
      return '';
  }
}
