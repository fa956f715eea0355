import { ScreenHeading } from '../ui/screen-heading';
import { WizardLink } from '../ui/wizard-link';
import type { ScreenProps } from './screen-props';

export function IdentifiedScreen({ model }: ScreenProps<'identified'>) {
  return (
    <>
      <ScreenHeading words={model.words} />
      {model.because && <p className="lead">{model.because}</p>}
      {model.moves.map((move) => (
        <WizardLink key={move.label} events={[move.event]} className="button">
          {move.label}
        </WizardLink>
      ))}
    </>
  );
}
