import { confirmationScreen } from '../content/screens';
import { situationOf } from '../flow/situation';
import { proceduresFor } from '../flow/what-applies';
import { RadioForm } from '../ui/radio-form';
import { ScreenHeading } from '../ui/screen-heading';
import { SuccessList } from '../ui/success-list';
import { useScreenWords } from '../ui/use-screen-words';
import { WizardActor } from '../wizard-actor';

export function ConfirmationScreen() {
  const situation = WizardActor.useSelector((snapshot) => situationOf(snapshot.context.answers));
  const procedures = situation ? proceduresFor(situation) : [];
  const words = useScreenWords();
  return (
    <>
      <ScreenHeading words={words} />
      <p>{confirmationScreen.lead}</p>
      <SuccessList procedures={procedures} pictures />
      <RadioForm
        legend={<span className="legend-question">{confirmationScreen.question}</span>}
        options={[
          { value: 'yes', label: confirmationScreen.yes, events: [{ type: 'confirmation.signedOut' }] },
          { value: 'no', label: confirmationScreen.no, events: [{ type: 'confirmation.stillSignedIn' }] },
        ]}
        error={confirmationScreen.error}
      />
    </>
  );
}
