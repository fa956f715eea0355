import { questions } from './content/questions';
import { startScreen } from './content/site';
import { currentStep } from './flow/procedures';
import { screenOf, type WizardSnapshot } from './flow/screen';
import { headingOf } from './screens/heading';

const asPlainText = (text: string) => text.replace(/[“”]/g, '"');

/** A sentence that says what a screen is for, for search results and link previews. */
export function pageDescription(snapshot: WizardSnapshot): string {
  const screen = screenOf(snapshot);
  switch (screen.kind) {
    case 'start':
      return startScreen.lead;
    case 'question': {
      const question = questions[screen.question];
      return `${question.text} ${question.intro ?? 'Choose one answer to get the right steps to sign out of AWS.'}`;
    }
    case 'step': {
      const step = currentStep(snapshot);
      return step ? asPlainText(step.instruction) : startScreen.lead;
    }
    default:
      return `${asPlainText(headingOf(snapshot))}. ${startScreen.lead}`;
  }
}
