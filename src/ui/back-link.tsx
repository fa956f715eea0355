import { chrome } from '../content/screens';
import { WizardLink } from './wizard-link';

export function BackLink() {
  return (
    <WizardLink events={[{ type: 'nav.back' }]} className="back-link">
      {chrome.back}
    </WizardLink>
  );
}
