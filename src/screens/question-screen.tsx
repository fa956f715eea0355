import { ChoiceForm } from '../ui/choice-form';
import { MoreAboutAnswers } from '../ui/more-about-answers';
import { ScreenHeading } from '../ui/screen-heading';
import type { ScreenProps } from './screen-props';

export function QuestionScreen({ model }: ScreenProps<'question'>) {
  const { question, boxes } = model;
  const answering = (value: string) => ({ type: 'answer.select', question, value }) as const;
  const options = model.options.map((option) => ({ ...option, events: [answering(option.value)] }));
  // The kind of user the answers about signing in settled on, read with the question it leads to.
  const intro = model.identified ?? model.intro;
  return (
    <>
      <ChoiceForm
        legend={<ScreenHeading words={model.words} />}
        intro={intro}
        options={options}
        selected={model.selected}
        boxes={boxes && { options: boxes.options, ticked: boxes.ticked, eventFor: (ticked) => answering(boxes.answerFor(ticked)) }}
        error={model.error}
      />
      <MoreAboutAnswers options={boxes?.options ?? model.options} />
    </>
  );
}
