import { RadioForm } from '../ui/radio-form';
import { ScreenHeading } from '../ui/screen-heading';
import type { ScreenProps } from './screen-props';

export function QuestionScreen({ model }: ScreenProps<'question'>) {
  const options = model.options.map((option) => ({
    ...option,
    events: [{ type: 'answer.select', question: model.question, value: option.value }] as const,
  }));
  return (
    <RadioForm
      legend={<ScreenHeading words={model.words} />}
      intro={model.intro}
      options={options}
      selected={model.selected}
      error={model.error}
    />
  );
}
