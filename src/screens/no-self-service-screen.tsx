import { FollowUpLink } from '../ui/follow-up-link';
import { RichText } from '../ui/rich-text';
import { ScreenHeading } from '../ui/screen-heading';
import type { ScreenProps } from './screen-props';

/** For someone signed in elsewhere whom AWS gives no way to end that session themselves: who to ask. */
export function NoSelfServiceScreen({ model }: ScreenProps<'noSelfService'>) {
  return (
    <>
      <ScreenHeading words={model.words} />
      {model.help && (
        <>
          <p className="lead">{model.lead}</p>
          <p>{model.help.advice}</p>
          {model.notes.map((note) => (
            <p key={note.id}>
              <RichText text={note.afterwards} />
            </p>
          ))}
          <p>
            <FollowUpLink followUp={model.help.signOutThere} />
          </p>
        </>
      )}
    </>
  );
}
