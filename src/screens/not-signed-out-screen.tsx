import { notSignedOutScreen } from '../content/screens';
import { situationOf } from '../flow/situation';
import { reasonsFor } from '../flow/what-applies';
import { FollowUpLink } from '../ui/follow-up-link';
import { RichText } from '../ui/rich-text';
import { ScreenHeading } from '../ui/screen-heading';
import { useScreenWords } from '../ui/use-screen-words';
import { WizardActor } from '../wizard-actor';
import { WizardLink } from '../ui/wizard-link';

export function NotSignedOutScreen() {
  const situation = WizardActor.useSelector((snapshot) => situationOf(snapshot.context.answers));
  const applicable = situation ? reasonsFor(situation) : [];
  const words = useScreenWords();
  return (
    <>
      <ScreenHeading words={words} />
      <p className="lead">{notSignedOutScreen.lead}</p>
      {applicable.map((reason) => (
        <div key={reason.id} className="advice">
          <h2>
            <RichText text={reason.symptom} />
          </h2>
          <p>
            <RichText text={reason.fix} />
          </p>
          {reason.changeAnswer && (
            <p>
              <WizardLink events={[{ type: 'answer.change', question: reason.changeAnswer.question }]}>
                {reason.changeAnswer.label}
              </WizardLink>
            </p>
          )}
          {reason.followUp && (
            <p>
              <FollowUpLink followUp={reason.followUp} />
            </p>
          )}
        </div>
      ))}
    </>
  );
}
