import { unidentified } from '../content/identification';
import { ScreenHeading } from '../ui/screen-heading';
import { WizardLink } from '../ui/wizard-link';

export function UnidentifiedScreen() {
  return (
    <>
      <ScreenHeading>{unidentified.heading}</ScreenHeading>
      <p className="lead">{unidentified.advice}</p>
      <WizardLink events={[{ type: 'answer.change', question: 'userType' }]} className="button">
        {unidentified.action}
      </WizardLink>
    </>
  );
}
