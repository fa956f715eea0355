import { stepScreen } from '../content/screens';
import { printedPage } from '../content/sharing';
import { Picture } from '../pictures/picture';
import { CommandBlock } from '../ui/command-block';
import { RichText } from '../ui/rich-text';
import { ScreenHeading } from '../ui/screen-heading';
import { SuccessList } from '../ui/success-list';
import { WizardLink } from '../ui/wizard-link';
import type { ScreenProps } from './screen-props';

export function StepScreen({ model }: ScreenProps<'step'>) {
  const { step, steps, index, previous } = model;
  if (!step) throw new Error(`No step ${index + 1} for these answers`);
  return (
    <>
      <ScreenHeading words={model.words} />
      <p className="instruction">
        <RichText text={step.instruction} />
      </p>
      {step.target.kind === 'command' && <CommandBlock command={step.target.command} />}
      <div className="button-group">
        {model.moves.map((move) => (
          <WizardLink key={move.label} events={[move.event]} className="button">
            {move.label}
          </WizardLink>
        ))}
        {previous && (
          <WizardLink events={[previous]} className="button button--secondary">
            {stepScreen.previous}
          </WizardLink>
        )}
      </div>
      <Picture picture={step.picture} />
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
        <p>{model.check.confirmation.lead}</p>
        <SuccessList procedures={model.procedures} pictures={false} />
      </section>
    </>
  );
}
