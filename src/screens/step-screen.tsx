import { stepScreen } from '../content/screens';
import { printedPage } from '../content/sharing';
import { situationOf } from '../flow/situation';
import { checkWordsFor, proceduresFor, stepsFor } from '../flow/what-applies';
import { Picture } from '../pictures/picture';
import { RichText } from '../ui/rich-text';
import { ScreenHeading } from '../ui/screen-heading';
import { SuccessList } from '../ui/success-list';
import { useScreenWords } from '../ui/use-screen-words';
import { WizardActor } from '../wizard-actor';
import { WizardLink } from '../ui/wizard-link';

export function StepScreen({ index }: { index: number }) {
  const answers = WizardActor.useSelector((snapshot) => snapshot.context.answers);
  const situation = situationOf(answers);
  const procedures = situation ? proceduresFor(situation) : [];
  const steps = situation ? stepsFor(situation) : [];
  const step = steps[index];
  if (!step) throw new Error(`No step ${index + 1} for these answers`);
  const isLast = index === steps.length - 1;
  const words = useScreenWords();
  return (
    <>
      <ScreenHeading words={words} />
      <p className="instruction">
        <RichText text={step.instruction} />
      </p>
      <Picture picture={step.picture} />
      <div className="button-group">
        <WizardLink events={[{ type: 'step.next' }]} className="button">
          {isLast ? stepScreen.lastNext : stepScreen.next}
        </WizardLink>
        {index > 0 && (
          <WizardLink events={[{ type: 'step.previous' }]} className="button button--secondary">
            {stepScreen.previous}
          </WizardLink>
        )}
      </div>
      <section className="step-list" aria-labelledby="step-list-heading">
        <h2 id="step-list-heading">{stepScreen.allSteps}</h2>
        <ol>
          {steps.map((each, position) => (
            <li
              key={position}
              className={position === index ? 'step-list__item step-list__item--current' : 'step-list__item'}
              aria-current={position === index ? 'step' : undefined}
            >
              {each.heading}
              <span className="step-list__detail">
                <RichText text={each.instruction} />
              </span>
            </li>
          ))}
        </ol>
      </section>
      {/* On paper the page is all the person has: how to know it worked, as the confirmation says it. */}
      <section className="print-only" aria-labelledby="step-success-heading">
        <h2 id="step-success-heading">{printedPage.howToKnow}</h2>
        <p>{checkWordsFor(answers).confirmation.lead}</p>
        <SuccessList procedures={procedures} pictures={false} />
      </section>
    </>
  );
}
