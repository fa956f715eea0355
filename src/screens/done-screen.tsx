import { alsoSignedInWords } from '../content/screens';
import { FollowUpLink } from '../ui/follow-up-link';
import { RichText } from '../ui/rich-text';
import { ScreenHeading } from '../ui/screen-heading';
import { WizardLink } from '../ui/wizard-link';
import type { ScreenProps } from './screen-props';

export function DoneScreen({ model }: ScreenProps<'done'>) {
  const { done } = model.check;
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
          <ul className="advice-list">
            {model.notes.map((note) => (
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
