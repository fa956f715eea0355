import { useEffect, useId, useRef, useState, type ReactNode } from 'react';
import { chrome } from '../content/screens';
import { useDocumentTitle } from './document-title';
import { RichText } from './rich-text';

export interface RadioOption {
  value: string;
  label: string;
  hint?: string;
}

interface RadioFormProps {
  /** The question, as the fieldset's legend (a heading when it is the screen's question). */
  legend: ReactNode;
  /** The screen's heading, for the document title when there is an error. */
  heading: string;
  intro?: string;
  options: readonly RadioOption[];
  selected?: string;
  error: string;
  onChoose: (value: string) => void;
}

/** One question as a real form with radios; Continue with nothing chosen shows an error summary. */
export function RadioForm({ legend, heading, intro, options, selected, error, onChoose }: RadioFormProps) {
  const id = useId();
  const [showError, setShowError] = useState(false);
  const summary = useRef<HTMLDivElement>(null);
  useDocumentTitle(heading, showError);
  useEffect(() => {
    if (showError) summary.current?.focus();
  }, [showError]);

  const errorId = `${id}-error`;
  const introId = `${id}-intro`;
  const firstOptionId = `${id}-0`;
  const describedBy = [intro ? introId : '', showError ? errorId : ''].filter(Boolean).join(' ') || undefined;

  return (
    <form
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        const value = new FormData(event.currentTarget).get('answer');
        if (typeof value === 'string') onChoose(value);
        else setShowError(true);
      }}
    >
      {showError && (
        <div className="error-summary" ref={summary} tabIndex={-1} aria-labelledby={`${id}-summary`}>
          <h2 id={`${id}-summary`} className="error-summary__title">
            {chrome.errorSummaryHeading}
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
              <span className="visually-hidden">{chrome.errorTitlePrefix.trim()}</span> {error}
            </p>
          )}
          <div className="radios">
            {options.map((option, index) => {
              const inputId = `${id}-${index}`;
              const hintId = `${inputId}-hint`;
              return (
                <div className="radio" key={option.value}>
                  <input
                    type="radio"
                    id={inputId}
                    name="answer"
                    value={option.value}
                    defaultChecked={option.value === selected}
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
      <button type="submit" className="button">
        {chrome.continue}
      </button>
    </form>
  );
}
