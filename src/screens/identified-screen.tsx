import { identifiedScreen } from '../content/screens';
import { identificationReasons } from '../content/identification';
import { resolvedUserType } from '../flow/situation';
import { headingOf } from './heading';
import { ScreenHeading } from '../ui/screen-heading';
import { WizardActor } from '../ui/wizard-actor';
import { WizardLink } from '../ui/wizard-link';

export function IdentifiedScreen() {
  const heading = WizardActor.useSelector(headingOf);
  const userType = WizardActor.useSelector((snapshot) => resolvedUserType(snapshot.context.answers));
  const found = userType && identificationReasons[userType];
  return (
    <>
      <ScreenHeading>{heading}</ScreenHeading>
      {found && <p className="lead">{found.because}</p>}
      <WizardLink events={[{ type: 'identification.confirm' }]} className="button">
        {identifiedScreen.action}
      </WizardLink>
    </>
  );
}
