import { screenOf } from '../flow/screen';
import { WizardActor } from '../wizard-actor';
import { ConfirmationScreen } from './confirmation-screen';
import { DoneScreen } from './done-screen';
import { IdentifiedScreen } from './identified-screen';
import { NoSelfServiceScreen } from './no-self-service-screen';
import { NotSignedOutScreen } from './not-signed-out-screen';
import { QuestionScreen } from './question-screen';
import { StepScreen } from './step-screen';
import { UnidentifiedScreen } from './unidentified-screen';

/** The component for the machine's current screen after the start page (app.tsx shows that itself). */
export function CurrentScreen() {
  const screen = WizardActor.useSelector(screenOf, (a, b) => JSON.stringify(a) === JSON.stringify(b));
  switch (screen.kind) {
    case 'start':
      return null;
    case 'question':
      return <QuestionScreen question={screen.question} />;
    case 'identified':
      return <IdentifiedScreen />;
    case 'unidentified':
      return <UnidentifiedScreen />;
    case 'noSelfService':
      return <NoSelfServiceScreen />;
    case 'step':
      return <StepScreen index={screen.index} />;
    case 'confirmation':
      return <ConfirmationScreen />;
    case 'done':
      return <DoneScreen />;
    case 'notSignedOut':
      return <NotSignedOutScreen />;
  }
}
