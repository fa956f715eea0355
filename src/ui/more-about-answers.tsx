import { pageWords } from '../content/screens';
import type { QuestionOption } from '../flow/screen-model';
import { RichText } from './rich-text';

/**
 * What helps tell a question's answers apart but not every person needs, closed under Continue, so
 * that on a phone the question and its button come first.
 */
export function MoreAboutAnswers({ options }: { options: readonly QuestionOption[] }) {
  const more = options.flatMap(({ value, label, more: text }) => (text ? [{ value, label, text }] : []));
  if (more.length === 0) return null;
  return (
    <details className="more-about">
      <summary>{pageWords.moreAboutAnswers}</summary>
      {more.map(({ value, label, text }) => (
        <p key={value}>
          <strong>{label}:</strong> <RichText text={text} />
        </p>
      ))}
    </details>
  );
}
