import { formValuesFor } from '../flow/form-answers';
import { ChoiceForm } from '../ui/choice-form';
import { ScreenHeading } from '../ui/screen-heading';
import { SuccessList } from '../ui/success-list';
import type { ScreenProps } from './screen-props';

export function ConfirmationScreen({ model }: ScreenProps<'confirmation'>) {
  const { confirmation } = model.check;
  return (
    <>
      <ScreenHeading words={model.words} />
      <p>{confirmation.lead}</p>
      <SuccessList procedures={model.procedures} pictures />
      <ChoiceForm
        legend={<span className="legend-question">{confirmation.question}</span>}
        options={model.moves.map((move) => ({
          value: formValuesFor(move.event)![0]!,
          label: move.label,
          events: [move.event],
        }))}
        error={confirmation.error}
      />
    </>
  );
}
