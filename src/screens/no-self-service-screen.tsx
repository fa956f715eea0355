import { noSelfService } from '../content/no-self-service';
import { userTypeContent } from '../content/user-types';
import { resolvedUserType } from '../flow/situation';
import { FollowUpLink } from '../ui/follow-up-link';
import { ScreenHeading } from '../ui/screen-heading';
import { useScreenWords } from '../ui/use-screen-words';
import { WizardActor } from '../wizard-actor';

/** For someone signed in elsewhere whom AWS gives no way to end that session themselves: who to ask. */
export function NoSelfServiceScreen() {
  const userType = WizardActor.useSelector((snapshot) => resolvedUserType(snapshot.context.answers));
  const words = useScreenWords();
  const help = userType && noSelfService.help[userType];
  return (
    <>
      <ScreenHeading words={words} />
      {userType && help && (
        <>
          <p className="lead">{noSelfService.lead(userTypeContent[userType].article, userTypeContent[userType].name)}</p>
          <p>{help.whoCanHelp}</p>
          <p>
            <FollowUpLink followUp={help.signOutThere} />
          </p>
        </>
      )}
    </>
  );
}
