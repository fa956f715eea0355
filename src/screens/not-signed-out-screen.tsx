import { FollowUpLink } from '../ui/follow-up-link';
import { RichText } from '../ui/rich-text';
import { ScreenHeading } from '../ui/screen-heading';
import { WizardLink } from '../ui/wizard-link';
import type { ScreenProps } from './screen-props';

export function NotSignedOutScreen({ model }: ScreenProps<'notSignedOut'>) {
  return (
    <>
      <ScreenHeading words={model.words} />
      <p className="lead">{model.check.notSignedOut.lead}</p>
      {model.notes.map(({ id, stillSignedIn, followUp }) => (
        <div key={id} className="advice">
          <h2>
            <RichText text={stillSignedIn.symptom} />
          </h2>
          <p>
            <RichText text={stillSignedIn.fix} />
          </p>
          {stillSignedIn.changeAnswer && (
            <p>
              <WizardLink events={[{ type: 'answer.change', question: stillSignedIn.changeAnswer.question }]}>
                {stillSignedIn.changeAnswer.label}
              </WizardLink>
            </p>
          )}
          {followUp && (
            <p>
              <FollowUpLink followUp={followUp} />
            </p>
          )}
        </div>
      ))}
    </>
  );
}
