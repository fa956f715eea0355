import { pageWords } from '../content/screens';
import { WizardLink } from './wizard-link';

export function BackLink() {
  return (
    <WizardLink events={[{ type: 'nav.back' }]} className="back-link">
      {pageWords.back}
    </WizardLink>
  );
}
