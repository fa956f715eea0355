import { alsoSignedInWords } from '../content/screens';
import type { Afterwards } from '../flow/screen-model';
import { FollowUpLink } from '../ui/follow-up-link';
import { RichText } from '../ui/rich-text';
import { ScreenHeading } from '../ui/screen-heading';
import { WizardLink } from '../ui/wizard-link';
import type { ScreenProps } from './screen-props';

function Notes({ notes }: { notes: readonly Afterwards[] }) {
  return (
    <ul className="advice-list">
      {notes.map((note) => (
        <li key={note.id} className="advice">
          <p>
            <RichText text={note.afterwards} />
          </p>
          {note.followUp && (
            <p>
              <FollowUpLink followUp={note.followUp} />
            </p>
          )}
        </li>
      ))}
    </ul>
  );
}

export function DoneScreen({ model }: ScreenProps<'done'>) {
  const { done } = model.check;
  const more = model.notes.slice(model.shownFirst);
  return (
    <>
      <div className="result-panel">
        <ScreenHeading words={model.words} />
      </div>
      {model.notes.length === 0 ? (
        <p className="lead">{done.noCaveats}</p>
      ) : (
        <section aria-labelledby="caveats-heading">
          <h2 id="caveats-heading">{done.alsoKnow}</h2>
          <Notes notes={model.notes.slice(0, model.shownFirst)} />
          {more.length > 0 && (
            <details className="more-about more-notes">
              <summary>{done.moreAbout}</summary>
              <Notes notes={more} />
            </details>
          )}
        </section>
      )}
      {model.alsoSignedIn.length > 0 && (
        <section aria-labelledby="also-signed-in-heading">
          <h2 id="also-signed-in-heading">{alsoSignedInWords.heading}</h2>
          <ul className="link-list">
            {model.alsoSignedIn.map((place) => (
              <li key={place.label}>
                <WizardLink events={place.events}>{place.label}</WizardLink>
              </li>
            ))}
          </ul>
        </section>
      )}
    </>
  );
}
