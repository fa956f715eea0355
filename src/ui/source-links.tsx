import { sourceLinks } from '../content/screens';
import { sources, sourcesCheckedOn } from '../content/sources';
import { sourcesOf } from '../flow/screen-sources';
import { WizardActor } from '../wizard-actor';
import { longDate } from './long-date';

const checkedOn = longDate(new Date(`${sourcesCheckedOn}T00:00:00Z`), 'UTC');

const sameList = (a: readonly string[], b: readonly string[]) => a.join() === b.join();

/** The AWS pages the screen's words come from, opened in the same tab, and when they were last compared. */
export function SourceLinks() {
  const shown = WizardActor.useSelector(sourcesOf, sameList);
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
      <p className="sources__checked">
        {sourceLinks.checked(checkedOn)}
      </p>
    </section>
  );
}
