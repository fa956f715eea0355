import type { QuestionId } from '../content/answers';
import { optionContent, questions } from '../content/questions';
import { pageWords } from '../content/screens';
import { isAsked, questionOrder } from '../flow/decision-path';
import { answersBefore } from '../flow/screen';
import { WizardActor } from '../wizard-actor';
import { WizardLink } from './wizard-link';

function answerLabel(question: QuestionId, value: string): string {
  return optionContent(question, value)?.label ?? value;
}

/** The answers that led here, each with a link to change it when it was asked. */
export function AnswersSummary() {
  const answers = WizardActor.useSelector(answersBefore);
  const rows = questionOrder.flatMap((question) => {
    const value = answers[question];
    return value === undefined ? [] : [{ question, value }];
  });
  if (rows.length === 0) return null;
  return (
    <section className="answers" aria-labelledby="answers-heading">
      <h2 id="answers-heading">{pageWords.answersHeading}</h2>
      <dl>
        {rows.map(({ question, value }) => (
          <div className="answers__row" key={question}>
            <dt>{questions[question].summaryLabel}</dt>
            <dd>{answerLabel(question, value)}</dd>
            {isAsked(question, answers) && (
              <dd className="answers__action">
                <WizardLink events={[{ type: 'answer.change', question }]}>
                  {pageWords.change}{' '}
                  <span className="visually-hidden">{questions[question].summaryLabel.toLowerCase()}</span>
                </WizardLink>
              </dd>
            )}
          </div>
        ))}
      </dl>
    </section>
  );
}
