import { Fragment } from 'react';
import { sourceLinks } from '../content/screens';
import { sources, sourcesCheckedOn } from '../content/sources';
import { longDate } from './long-date';
import { useScreenModel } from './screen-model-context';

const checkedOn = longDate(new Date(`${sourcesCheckedOn}T00:00:00Z`), 'UTC');

/**
 * The AWS pages the screen's words come from, opened in the same tab, and when they were last compared:
 * one short line at the foot of the page, as it matters to few and must not push the task down.
 */
export function SourceLinks() {
  const shown = useScreenModel().sources;
  if (shown.length === 0) return null;
  return (
    <section className="sources" aria-labelledby="sources-heading">
      <p>
        <span id="sources-heading" className="sources__label">
          {sourceLinks.heading}
        </span>
        {sourceLinks.afterHeading}
        {shown.map((id, index) => (
          <Fragment key={id}>
            {index > 0 && sourceLinks.between}
            <a href={sources[id].url} rel="noreferrer">
              {sources[id].title}
            </a>
          </Fragment>
        ))}
        {sourceLinks.afterLinks}
        <span className="sources__checked">{sourceLinks.checked(checkedOn)}</span>
      </p>
    </section>
  );
}
