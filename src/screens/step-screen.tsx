import { stepScreen } from '../content/screens';
import { printedPage } from '../content/sharing';
import { Picture } from '../pictures/picture';
import { CommandBlock } from '../ui/command-block';
import { RichText } from '../ui/rich-text';
import { ScreenHeading } from '../ui/screen-heading';
import { StepWays } from '../ui/step-ways';
import { StillSignedInReason } from '../ui/still-signed-in-reason';
import { SuccessList } from '../ui/success-list';
import { WizardLink } from '../ui/wizard-link';
import type { ScreenProps } from './screen-props';

export function StepScreen({ model }: ScreenProps<'step'>) {
  const { step, steps, index, previous } = model;
  if (!step) throw new Error(`No step ${index + 1} for these answers`);
  return (
    <>
      <ScreenHeading words={model.words} />
      {/* The current step as the screen shows it; on paper the checklist below holds it, so it is printed once. */}
      <div className="step-now">
        <p className="instruction">
          <RichText text={step.instruction} />
        </p>
        {step.target.kind === 'command' && <CommandBlock command={step.target.command} />}
        {step.ways && <StepWays ways={step.ways} />}
      </div>
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
      {step.picture && (
        <div className="step-now">
          <Picture picture={step.picture} />
        </div>
      )}
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
              {each.target.kind === 'command' && <code className="print-only step-list__command">{each.target.command}</code>}
              {each.ways && (
                <ul className="print-only step-list__ways">
                  {each.ways.map((way) => (
                    <li key={way.label}>
                      <strong>{way.label}:</strong> <RichText text={way.instruction} />
                    </li>
                  ))}
                </ul>
              )}
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
      {model.stillSignedIn.length > 0 && (
        <section className="print-only still-signed-in" aria-labelledby="step-still-signed-in-heading">
          <h2 id="step-still-signed-in-heading">{printedPage.stillSignedIn}</h2>
          {model.stillSignedIn.map((note) => (
            <StillSignedInReason key={note.id} note={note} headingLevel={3} />
          ))}
        </section>
      )}
    </>
  );
}
