import { shareMessage } from '../content/sharing';
import type { ScreenModel } from './screen-model';

/** What a screen is, told to someone who has not seen it: for a message, or the system's share sheet. */
export interface SharedScreen {
  /** The page's title, and on a step past the first, which step it is. */
  title: string;
  /** Who it is for and what it does, in the content's words. */
  purpose: string;
  address: string;
  /** All of it as plain text, one part a line, to paste into a chat or a ticket. */
  message: string;
}

const signOutOf = 'Sign out of ';

/** "End your sessions from …" as it reads after "To": the first letter lower, unless it starts a name (AWS). */
const asInfinitive = (title: string) => (/^[A-Z][a-z]/.test(title) ? `${title[0]!.toLowerCase()}${title.slice(1)}` : title);

/**
 * What the person does, from the titles of the procedures they follow: the places, when each is
 * "Sign out of …" ("the AWS access portal"), or else each procedure as it is named.
 */
function purposeOf({ procedures, person }: ScreenModel): string {
  const titles = procedures.map((procedure) => procedure.title);
  if (titles.every((title) => title.startsWith(signOutOf))) {
    return shareMessage.signingOutOf(titles.map((title) => title.slice(signOutOf.length)), person);
  }
  return shareMessage.toDo(titles.map(asInfinitive), person);
}

/** A screen of the wizard, at its absolute address, as a short message for a help desk to send. */
export function sharedScreen(model: ScreenModel, address: string): SharedScreen {
  // A link to a step past the first says so: whoever follows it must not miss the steps before.
  const fromStep = model.kind === 'step' && model.index > 0 ? ` ${shareMessage.fromStep(model.index + 1, model.steps.length)}` : '';
  const title = `${model.words.title}${fromStep}`;
  const purpose = purposeOf(model);
  return { title, purpose, address, message: [purpose, title, address].join('\n') };
}
