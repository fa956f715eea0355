import { identifiedScreen } from '../content/screens';
import { identificationReasons } from '../content/identification';
import { resolvedUserType } from '../flow/situation';
import { ScreenHeading } from '../ui/screen-heading';
import { useScreenWords } from '../ui/use-screen-words';
import { WizardActor } from '../wizard-actor';
import { WizardLink } from '../ui/wizard-link';

export function IdentifiedScreen() {
  const words = useScreenWords();
  const userType = WizardActor.useSelector((snapshot) => resolvedUserType(snapshot.context.answers));
  const found = userType && identificationReasons[userType];
  return (
    <>
      <ScreenHeading words={words} />
      {found && <p className="lead">{found.because}</p>}
      <WizardLink events={[{ type: 'identification.confirm' }]} className="button">
        {identifiedScreen.action}
      </WizardLink>
    </>
  );
}
