import { mapPath } from '../address/address';
import { startScreen } from '../content/site';
import { ScreenHeading } from '../ui/screen-heading';
import { startWords } from '../flow/page-title';
import { WizardLink } from '../ui/wizard-link';

export function StartScreen() {
  return (
    <>
      <ScreenHeading words={startWords} />
      <p className="lead">{startScreen.lead}</p>
      <p>{startScreen.forWhom}</p>
      <p>{startScreen.time}</p>
      <WizardLink events={[{ type: 'wizard.start' }]} className="button button--start">
        {startScreen.action}
        <svg className="button__arrow" aria-hidden="true" focusable="false" viewBox="0 0 33 40" width="17" height="19">
          <path fill="currentColor" d="M0 0h13l20 20-20 20H0l20-20z" />
        </svg>
      </WizardLink>
      <p className="map-link">
        <a href={mapPath}>{startScreen.mapLink}</a>
      </p>
    </>
  );
}
