import { useEffect, useId, useRef, useState, type ReactNode } from 'react';
import { pageWords } from '../content/screens';
import { useFormError } from './form-error';
import type { WizardEvent } from '../flow/wizard-events';
import { RichText } from './rich-text';
import { useIsClient } from './use-is-client';
import { useLoadAhead, useMove } from './use-move';
import { WizardLink } from './wizard-link';

export interface RadioOption {
  value: string;
  label: string;
  hint?: string;
  /** What choosing it tells the wizard. */
  events: readonly WizardEvent[];
}

/** Boxes to tick, all that apply, instead of radios: the ticked ones make one answer. */
export interface Boxes {
  options: readonly Omit<RadioOption, 'events'>[];
  ticked: readonly string[];
  /** The event the ticked boxes send. */
  eventFor: (ticked: readonly string[]) => WizardEvent;
}

interface ChoiceFormProps {
  /** The question, as the fieldset's legend (a heading when it is the screen's question). */
  legend: ReactNode;
  intro?: string;
  /** The answers as radios; with boxes, the answers offered as links where there is no script. */
  options: readonly RadioOption[];
  selected?: string;
  boxes?: Boxes;
  error: string;
}

/**
 * One question as a real form, with radios or with boxes to tick all that apply (GOV.UK's
 * patterns); Continue with nothing chosen shows an error summary. Without script, the choices are
 * offered as links to the screens they lead to.
 */
export function ChoiceForm({ legend, intro, options, selected, boxes, error }: ChoiceFormProps) {
  const move = useMove();
  const loadAhead = useLoadAhead();
  const id = useId();
  // Counts Continue presses with nothing chosen, so each one brings focus back to the summary.
  const [failedTries, setFailedTries] = useState(0);
  const showError = failedTries > 0;
  const summary = useRef<HTMLDivElement>(null);
  const { setShown: setErrorShown } = useFormError();
  // The links stand in for the radios only in the page as written; once the script runs they are
  // never shown, so a screen the script draws leaves them out, and their addresses are not worked out.
  const isClient = useIsClient();
  useEffect(() => {
    if (failedTries > 0) summary.current?.focus();
  }, [failedTries]);
  useEffect(() => setErrorShown(showError), [showError, setErrorShown]);

  const errorId = `${id}-error`;
  const introId = `${id}-intro`;
  const firstOptionId = `${id}-0`;
  const describedBy = [intro ? introId : '', showError ? errorId : ''].filter(Boolean).join(' ') || undefined;
  const eventsChosenIn = (form: HTMLFormElement) => {
    const values = new FormData(form).getAll('answer');
    return boxes ? values.length > 0 && [boxes.eventFor(values.map(String))] : options.find((option) => option.value === values[0])?.events;
  };

  return (
    <form
      noValidate
      onChange={(event) => {
        const events = eventsChosenIn(event.currentTarget);
        if (events) loadAhead(events);
      }}
      onSubmit={(event) => {
        event.preventDefault();
        const events = eventsChosenIn(event.currentTarget);
        if (events) move(events);
        else setFailedTries((tries) => tries + 1);
      }}
    >
      {showError && (
        <div className="error-summary" ref={summary} tabIndex={-1} aria-labelledby={`${id}-summary`}>
          <h2 id={`${id}-summary`} className="error-summary__title">
            {pageWords.errorSummaryHeading}
          </h2>
          <ul>
            <li>
              <a href={`#${firstOptionId}`}>{error}</a>
            </li>
          </ul>
        </div>
      )}
      <div className={showError ? 'form-group form-group--error' : 'form-group'}>
        <fieldset aria-describedby={describedBy}>
          <legend>{legend}</legend>
          {intro && (
            <p id={introId} className="hint">
              {intro}
            </p>
          )}
          {showError && (
            <p id={errorId} className="error-message">
              <span className="visually-hidden">{pageWords.errorTitlePrefix.trim()}</span> {error}
            </p>
          )}
          {!isClient && (
            <ul className="choices no-script-only">
              {options.map((option) => (
                <li key={option.value}>
                  <WizardLink events={option.events}>{option.label}</WizardLink>
                  {option.hint && (
                    <p className="radio__hint">
                      <RichText text={option.hint} />
                    </p>
                  )}
                </li>
              ))}
            </ul>
          )}
          <div className="radios needs-script">
            {(boxes?.options ?? options).map((option, index) => {
              const inputId = `${id}-${index}`;
              const hintId = `${inputId}-hint`;
              return (
                <div className={boxes ? 'radio radio--box' : 'radio'} key={option.value}>
                  <input
                    type={boxes ? 'checkbox' : 'radio'}
                    id={inputId}
                    name="answer"
                    value={option.value}
                    defaultChecked={boxes ? boxes.ticked.includes(option.value) : option.value === selected}
                    aria-describedby={option.hint ? hintId : undefined}
                  />
                  <label htmlFor={inputId}>{option.label}</label>
                  {option.hint && (
                    <p id={hintId} className="radio__hint">
                      <RichText text={option.hint} />
                    </p>
                  )}
                </div>
              );
            })}
          </div>
        </fieldset>
      </div>
      <button type="submit" className="button needs-script">
        {pageWords.continue}
      </button>
    </form>
  );
}
