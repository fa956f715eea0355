import { situationOf } from '../flow/situation';
import { checkWordsFor, proceduresFor } from '../flow/what-applies';
import { Picture } from '../pictures/picture';
import { RadioForm } from '../ui/radio-form';
import { RichText } from '../ui/rich-text';
import { ScreenHeading } from '../ui/screen-heading';
import { useScreenWords } from '../ui/use-screen-words';
import { WizardActor } from '../wizard-actor';

export function ConfirmationScreen() {
  const answers = WizardActor.useSelector((snapshot) => snapshot.context.answers);
  const situation = situationOf(answers);
  const procedures = situation ? proceduresFor(situation) : [];
  const confirmationScreen = checkWordsFor(answers).confirmation;
  const words = useScreenWords();
  return (
    <>
      <ScreenHeading words={words} />
      <p>{confirmationScreen.lead}</p>
      <ul className="success-list">
        {procedures.map((procedure) => (
          <li key={procedure.id}>
            <strong>{procedure.title}:</strong> <RichText text={procedure.success.text} />
            {procedure.success.picture && <Picture picture={procedure.success.picture} />}
          </li>
        ))}
      </ul>
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
