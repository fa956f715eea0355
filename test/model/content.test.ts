import { drawingsOf } from '../../src/content/procedure';
import { describe, expect, it } from 'vitest';
import { everyNote } from '../../src/content/all-notes';
import { placeModule, places, placesIn } from '../../src/content/places/registry';
import { stepsOf } from '../../src/content/places/place-steps';
import { questions } from '../../src/content/questions';
import { sourceOrigins, sources, type Sourced } from '../../src/content/sources';
import { userTypes } from '../../src/content/user-types/registry';
import { followUpEvents } from '../../src/flow/follow-up';
import { reachableScreens } from '../../src/flow/reachable';
import { screenModelOf } from '../../src/flow/screen-model';
import { canEndSessionsElsewhere } from '../../src/flow/situation';
import { notesFor, proceduresFor } from '../../src/flow/what-applies';
import { screenName, walk } from '../support/walk';
import { everySituation } from '../support/situations';

// Which note shows where is the generated table (test/notes-by-path.md, read in review); these are
// the rules every note, place and kind of user must keep whatever their scopes.
const situations = everySituation();
const procedures = [...new Map(situations.flatMap(proceduresFor).map((procedure) => [JSON.stringify(procedure), procedure])).values()];
const pictures = procedures.flatMap((procedure) => [...procedure.steps.flatMap(drawingsOf), ...(procedure.success.picture ? [procedure.success.picture] : [])]);
const generalNotes = ['different-user-type', 'ask-administrator'];
const allNotes = everyNote();

describe('every note', () => {
  it('of a place that ends sessions elsewhere comes with its steps to do it, and only then', () => {
    const unmatched = places.filter((place) => (place.endsSessionsElsewhere === undefined) !== (stepsOf(place.id).endSessionsElsewhere === undefined));
    expect(unmatched.map((place) => place.id)).toEqual([]);
    expect(places.some((place) => place.endsSessionsElsewhere)).toBe(true);
  });

  it('that comes with a place’s steps names no places to apply to: it applies only where its place is signed out of, whose steps are then loaded', () => {
    const naming = places.flatMap((place) => stepsOf(place.id).notes.filter((note) => note.scope?.places !== undefined).map((note) => `${place.id}: ${note.id}`));
    expect(naming).toEqual([]);
  });

  it('has an id of its own', () => {
    const ids = allNotes.map((note) => note.id);
    expect(ids.filter((id, index) => ids.indexOf(id) !== index)).toEqual([]);
  });

  it.each(allNotes.map((note) => [note.id, note]))('%s says something, and shows on at least one path', (_, note) => {
    expect(note.afterwards ?? note.stillSignedIn).toBeDefined();
    expect(situations.some((situation) => notesFor(situation).includes(note))).toBe(true);
  });

  it('words an unconfirmed fact as a hedge', () => {
    for (const note of allNotes.filter((each) => each.unconfirmed)) {
      for (const words of [note.afterwards, note.stillSignedIn?.fix].filter(Boolean)) expect(words).toMatch(/\bmay\b|AWS doesn’t say|check with your administrator/);
    }
  });
});

describe('every path that can end "still signed in"', () => {
  it('offers at least one reason of its own, besides those for everyone', () => {
    const without = situations.filter((situation) => !notesFor(situation).some((note) => note.stillSignedIn && !generalNotes.includes(note.id)));
    expect(without).toEqual([]);
  });
});

describe('places and kinds of user', () => {
  it('every place is offered to some kind of user, and every kind of user has a place', () => {
    expect(places.filter((place) => place.offeredTo.length === 0).map((place) => place.id)).toEqual([]);
    expect(userTypes.filter((userType) => !places.some((place) => place.offeredTo.includes(userType.id))).map((userType) => userType.id)).toEqual([]);
  });

  it('every kind of user has a way to end sessions elsewhere, or someone to ask: never a heading alone', () => {
    expect(userTypes.filter((userType) => !canEndSessionsElsewhere(userType.id) && !userType.whoCanHelp).map((userType) => userType.id)).toEqual([]);
  });

  it('every follow-up leads to a screen of its path, at a place its kind of user is offered, or to where they are signed in', () => {
    const followUps = [...allNotes.flatMap((note) => note.followUp ?? []), ...userTypes.flatMap((userType) => userType.whoCanHelp?.signOutThere ?? [])];
    expect(followUps.length).toBeGreaterThan(5);
    const notOffered = followUps.filter(({ answers }) => answers.places && !placeModule(answers.places as never).offeredTo.includes(answers.userType));
    expect(notOffered.map((followUp) => followUp.label)).toEqual([]);
    for (const followUp of followUps) {
      const first = followUp.answers.places || followUp.answers.whereToSignOut === 'elsewhere' ? /^(question:sessions|step 1 of \d+)$/ : /^question:places$/;
      expect(screenName(walk(...followUpEvents(followUp)))).toMatch(first);
    }
  });
});

describe('sources', () => {
  const items: Partial<Sourced>[] = [
    ...allNotes,
    ...procedures.flatMap((procedure) => [...procedure.steps, ...procedure.steps.flatMap((step) => step.ways ?? []), procedure.success]),
    ...pictures,
    ...userTypes.flatMap((userType) => [userType, userType.identification]),
    ...Object.values(questions).flatMap((question) =>
      // These three say something about the person, nothing about AWS; a set of places is its places' words.
      Object.entries(question.options).flatMap(([value, option]) =>
        ['not-sure', 'none-of-these', 'elsewhere'].includes(value) || placesIn(value).length > 1 ? [] : [option],
      ),
    ),
  ];

  it.each(items.map((item, index) => [index, item]))('item %i names AWS pages, each with its address', (_, item) => {
    const named = [item.source, ...(item.alsoFrom ?? [])];
    expect(item.source).toBeDefined();
    for (const id of named) expect(sourceOrigins.some((origin) => sources[id!]?.url.startsWith(origin)), `${id}`).toBe(true);
  });

  it('lists only pages some screen cites', () => {
    const cited = new Set(reachableScreens().flatMap((snapshot) => screenModelOf(snapshot).sources));
    expect(Object.keys(sources).filter((id) => !cited.has(id as never))).toEqual([]);
  });
});

const quotedIn = (content: unknown) => [...JSON.stringify(content).matchAll(/“([^”]+)”/g)].map((match) => match[1]!);
const drawnIn = (content: unknown) => [...JSON.stringify(content).matchAll(/"text":"([^"]+)"/g)].map((match) => match[1]!);

describe('names quoted as they appear on AWS screens', () => {
  // Every name the content quotes must be one the AWS documentation quotes, capitals and all: a person will look for it.
  const namesAwsGives = [
    'Choose AWS sessions',
    'Sign out',
    'Sign out of all sessions',
    'Sign out of current session',
    'Sign Out',
    'My details',
    'project user',
    // Adding an identity with multi-session, and changing a password first.
    'Sign in',
    'Turn on multi-session',
    'Update password',
    // In the pictures.
    'Add session',
    'Switch project',
    'Manage security and sign-in',
    'Profile',
    'Contact information',
    'Security',
    'Privacy & data',
    // Ending sessions elsewhere: the access portal's Security page, the Builder ID profile's.
    'Active sessions',
    'Load more active sessions',
    'End sessions',
    'Delete all active sessions',
    'Delete all sessions',
    'Signed in devices',
    // Drawn: "Active sessions" with an example count, as the portal shows it; what the person types.
    'Active sessions (2)',
    'confirm',
    'delete all',
    // In an editor, as the AWS Toolkit and Kiro name their commands and menus (TOOLKIT-VSC, KIRO-VSC).
    'AWS: Sign Out',
    'Amazon Q: Sign Out',
    'Amazon Q',
    '…',
    'Kiro: Delete Account',
  ];
  const inAwsSettings = ['aws-settings', 'aws-settings-sessions'];
  const settings = procedures.filter((procedure) => inAwsSettings.includes(procedure.id));
  // The AWS Toolkit for VS Code names its commands and Amazon Q's action "Sign Out" too.
  const others = procedures.filter((procedure) => ![...inAwsSettings, 'editor'].includes(procedure.id));

  it('are all names AWS gives, exactly', () => {
    const quoted = quotedIn([allNotes, questions, procedures]);
    expect(quoted.length).toBeGreaterThan(10);
    expect(quoted.filter((name) => !namesAwsGives.includes(name))).toEqual([]);
  });

  it('say “Sign Out”, capital O, in AWS Settings and VS Code, and “Sign out” everywhere else', () => {
    expect(quotedIn(settings)).toContain('Sign Out');
    expect(drawnIn(settings)).toContain('Sign Out');
    expect(quotedIn(settings)).not.toContain('Sign out');
    expect([...quotedIn(others), ...drawnIn(others)]).not.toContain('Sign Out');
    expect(quotedIn([allNotes, questions])).not.toContain('Sign Out');
  });
});
