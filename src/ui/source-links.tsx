import { sourceLinks } from '../content/screens';
import { sources, sourcesCheckedOn } from '../content/sources';
import { longDate } from './long-date';
import { useScreenModel } from './screen-model-context';

const checkedOn = longDate(new Date(`${sourcesCheckedOn}T00:00:00Z`), 'UTC');

/** The AWS pages the screen's words come from, opened in the same tab, and when they were last compared. */
export function SourceLinks() {
  const shown = useScreenModel().sources;
  if (shown.length === 0) return null;
  return (
    <section className="sources" aria-labelledby="sources-heading">
      <h2 id="sources-heading">{sourceLinks.heading}</h2>
      <ul>
        {shown.map((id) => (
          <li key={id}>
            <a href={sources[id].url} rel="noreferrer">
              {sourceLinks.linkPrefix}
              {sources[id].title}
            </a>
          </li>
        ))}
      </ul>
      <p className="sources__checked">{sourceLinks.checked(checkedOn)}</p>
    </section>
  );
}
