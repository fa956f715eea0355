import type { QuestionId } from '../content/answers';
import { optionContent, questions } from '../content/questions';
import { optionsFor } from '../flow/decision-path';
import { RadioForm } from '../ui/radio-form';
import { ScreenHeading } from '../ui/screen-heading';
import { useScreenWords } from '../ui/use-screen-words';
import { WizardActor } from '../wizard-actor';

export function QuestionScreen({ question }: { question: QuestionId }) {
  const answers = WizardActor.useSelector((snapshot) => snapshot.context.answers);
  const content = questions[question];
  const words = useScreenWords();
  const options = optionsFor(question, answers).map((value) => ({
    value,
    ...optionContent(question, value)!,
    events: [{ type: 'answer.select', question, value }] as const,
  }));
  return (
    <RadioForm
      legend={<ScreenHeading words={words} />}
      intro={content.intro}
      options={options}
      selected={answers[question]}
      error={content.error}
    />
  );
}
