import { unidentified } from '../content/identification';
import { ScreenHeading } from '../ui/screen-heading';
import { useScreenWords } from '../ui/use-screen-words';
import { WizardLink } from '../ui/wizard-link';

export function UnidentifiedScreen() {
  const words = useScreenWords();
  return (
    <>
      <ScreenHeading words={words} />
      <p className="lead">{unidentified.advice}</p>
      <WizardLink events={[{ type: 'answer.change', question: 'userType' }]} className="button">
        {unidentified.action}
      </WizardLink>
    </>
  );
}
