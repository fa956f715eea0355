import { placeModule } from '../../src/content/places/registry';
import { userTypeModule } from '../../src/content/user-types/registry';
import type { Situation } from '../../src/flow/situation';
import { notesFor } from '../../src/flow/what-applies';
import { answerLabel } from './labels';
import { everySituation } from './situations';

export const notesTableFile = 'test/notes-by-path.md';

const cell = (ids: readonly string[]) => (ids.length === 0 ? '–' : ids.join(', '));

function row(situation: Situation): string {
  const here = situation.whereToSignOut === 'this-browser' ? situation : undefined;
  const notes = notesFor(situation);
  return `| ${[
    userTypeModule(situation.userType).name,
    answerLabel('whereToSignOut', situation.whereToSignOut),
    here ? here.places.map((place) => placeModule(place).option.label).join(' + ') : '–',
    here?.sessions ? [here.sessions, here.whichSessions].filter(Boolean).join(', ') : '–',
    cell(notes.filter((note) => note.afterwards).map((note) => note.id)),
    cell(notes.filter((note) => note.stillSignedIn).map((note) => note.id)),
  ].join(' | ')} |`;
}

/** Which note shows on which kind of path, as a table a reviewer reads in a diff. */
export function notesTable(): string {
  return [
    '# Which notes show on which paths',
    '',
    'Written by `npm run notes-table` from the content (`src/content/places/`, `src/content/user-types/`,',
    '`src/content/notes.ts`): do not edit it by hand. A test fails while it is out of date, so every change',
    'of where a note shows is a change to this file. "Done" lists what else to know once signed out; "still',
    'signed in" lists the reasons offered when it did not work. Each note is stated once, in the module of',
    'the place or kind of user it belongs to.',
    '',
    '| kind of user | where | signed in to | identities | done | still signed in |',
    '| --- | --- | --- | --- | --- | --- |',
    ...everySituation().map(row),
    '',
  ].join('\n');
}
