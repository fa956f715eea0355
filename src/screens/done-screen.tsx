import { doneScreen } from '../content/screens';
import { situationOf } from '../flow/situation';
import { caveatsFor } from '../flow/what-applies';
import { FollowUpLink } from '../ui/follow-up-link';
import { RichText } from '../ui/rich-text';
import { ScreenHeading } from '../ui/screen-heading';
import { useScreenWords } from '../ui/use-screen-words';
import { WizardActor } from '../wizard-actor';

export function DoneScreen() {
  const situation = WizardActor.useSelector((snapshot) => situationOf(snapshot.context.answers));
  const applicable = situation ? caveatsFor(situation) : [];
  const words = useScreenWords();
  return (
    <>
      <div className="result-panel">
        <ScreenHeading words={words} />
      </div>
      {applicable.length === 0 ? (
        <p className="lead">{doneScreen.noCaveats}</p>
      ) : (
        <section aria-labelledby="caveats-heading">
          <h2 id="caveats-heading">{doneScreen.alsoKnow}</h2>
          <ul className="advice-list">
            {applicable.map((caveat) => (
              <li key={caveat.id} className="advice">
                <p>
                  <RichText text={caveat.text} />
                </p>
                {caveat.followUp && (
                  <p>
                    <FollowUpLink followUp={caveat.followUp} />
                  </p>
                )}
              </li>
            ))}
          </ul>
        </section>
      )}
    </>
  );
}
