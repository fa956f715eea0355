import { FollowUpLink } from '../ui/follow-up-link';
import { ScreenHeading } from '../ui/screen-heading';
import { StillSignedInReason } from '../ui/still-signed-in-reason';
import { WizardLink } from '../ui/wizard-link';
import type { ScreenProps } from './screen-props';

export function NotSignedOutScreen({ model }: ScreenProps<'notSignedOut'>) {
  return (
    <>
      <ScreenHeading words={model.words} />
      <p className="lead">{model.check.notSignedOut.lead}</p>
      {model.notes.map((note) => (
        <StillSignedInReason key={note.id} note={note} headingLevel={2}>
          {note.stillSignedIn.changeAnswer && (
            <p>
              <WizardLink events={[{ type: 'answer.change', question: note.stillSignedIn.changeAnswer.question }]}>
                {note.stillSignedIn.changeAnswer.label}
              </WizardLink>
            </p>
          )}
          {note.followUp && (
            <p>
              <FollowUpLink followUp={note.followUp} />
            </p>
          )}
        </StillSignedInReason>
      ))}
    </>
  );
}
