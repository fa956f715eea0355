import { pageWords } from '../content/screens';
import { useScreenModel } from './screen-model-context';
import { WizardLink } from './wizard-link';

/** The answers that led here, each with a link to change it when it was asked. */
export function AnswersSummary() {
  const { answered } = useScreenModel();
  if (answered.length === 0) return null;
  return (
    <section className="answers" aria-labelledby="answers-heading">
      <h2 id="answers-heading">{pageWords.answersHeading}</h2>
      <dl>
        {answered.map(({ question, summaryLabel, answer, canChange }) => (
          <div className="answers__row" key={question}>
            <dt>{summaryLabel}</dt>
            <dd>{answer}</dd>
            {canChange && (
              <dd className="answers__action">
                <WizardLink events={[{ type: 'answer.change', question }]}>
                  {pageWords.change} <span className="visually-hidden">{summaryLabel.toLowerCase()}</span>
                </WizardLink>
              </dd>
            )}
          </div>
        ))}
      </dl>
    </section>
  );
}
