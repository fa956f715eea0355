import { questions } from '../content/questions';
import { confirmationScreen, doneScreen, identifiedScreen, notSignedOutScreen } from '../content/screens';
import { productName, startScreen } from '../content/site';
import { unidentified } from '../content/identification';
import { userTypeContent } from '../content/user-types';
import { resolvedUserType } from '../flow/situation';
import { currentStep } from '../flow/procedures';
import { screenOf, type WizardSnapshot } from '../flow/screen';

/** Each screen's one heading, also the start of its document title. */
export function headingOf(snapshot: WizardSnapshot): string {
  const screen = screenOf(snapshot);
  const { answers } = snapshot.context;
  switch (screen.kind) {
    case 'start':
      return startScreen.heading;
    case 'question':
      return questions[screen.question].text;
    case 'identified': {
      const userType = resolvedUserType(answers);
      if (!userType) return unidentified.heading;
      const { article, name } = userTypeContent[userType];
      return identifiedScreen.heading(article, name);
    }
    case 'unidentified':
      return unidentified.heading;
    case 'step':
      return currentStep(snapshot)?.heading ?? productName;
    case 'confirmation':
      return confirmationScreen.heading;
    case 'done':
      return doneScreen.heading;
    case 'notSignedOut':
      return notSignedOutScreen.heading;
  }
}
