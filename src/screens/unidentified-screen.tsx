import { ScreenHeading } from '../ui/screen-heading';
import { WizardLink } from '../ui/wizard-link';
import type { ScreenProps } from './screen-props';

export function UnidentifiedScreen({ model }: ScreenProps<'unidentified'>) {
  return (
    <>
      <ScreenHeading words={model.words} />
      <p className="lead">{model.advice}</p>
      <WizardLink events={[model.changeUserType.event]} className="button">
        {model.changeUserType.label}
      </WizardLink>
    </>
  );
}
