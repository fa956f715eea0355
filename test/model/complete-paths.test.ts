import { describe, expect, it } from 'vitest';
import { reachableScreens } from '../../src/flow/reachable';
import { everyCompletePath } from '../support/situations';
import { answersOf, screenOf } from '../../src/flow/screen';
import { screenModelOf } from '../../src/flow/screen-model';
import { stepsFor } from '../../src/flow/what-applies';

const paths = everyCompletePath;
const screens = reachableScreens();
console.log(`The machine has ${screens.length} reachable screens and ${paths.length} complete simple paths.`);

const describePath = (path: (typeof paths)[number]) => `${JSON.stringify(answersOf(path.state))} -> ${screenOf(path.state).kind}`;
const named = paths.map((path) => [describePath(path), path] as const);
const withSituation = named.filter(([, path]) => screenModelOf(path.state).situation);
const signedInTo = (...places: string[]) =>
  withSituation.filter(([, path]) => {
    const { situation } = screenModelOf(path.state);
    return situation?.whereToSignOut === 'this-browser' && places.every((place) => situation.places.includes(place as never));
  });
const expectedOption: Record<string, string> = {
  one: 'Sign out',
  all: 'Sign out of all sessions',
  current: 'Sign out of current session',
};

describe('every complete path', () => {
  it('exists in numbers worth testing', () => {
    expect(paths.length).toBeGreaterThan(50);
    expect(screens.length).toBeGreaterThan(150);
  });

  it('ends on "ask your administrator" only when no way of signing in fits', () => {
    const unidentified = paths.filter((path) => screenOf(path.state).kind === 'unidentified');
    expect(unidentified.map((path) => answersOf(path.state).signInMethod)).toEqual(['none-of-these']);
  });

  it.each(withSituation)('%s ends with a confirmation after the steps', (_, path) => {
    const kinds = path.steps.map((step) => screenOf(step.state).kind);
    expect(['done', 'notSignedOut']).toContain(kinds.at(-1));
    expect(kinds.at(-2)).toBe('confirmation');
    expect(kinds).toContain('step');
  });

  it.each(signedInTo('console'))('%s names the console sign-out option that fits', (_, path) => {
    const { situation } = screenModelOf(path.state);
    if (situation?.whereToSignOut !== 'this-browser') throw new Error('signed in here');
    const option = expectedOption[situation.whichSessions ?? situation.sessions ?? 'one'];
    const controls = stepsFor(situation).flatMap((step) => (step.target.kind === 'control' ? [step.target.label] : []));
    expect(controls[0]).toBe(option);
  });

  it.each(signedInTo('access-portal'))('%s carries the external identity provider note, on done and on still signed in', (_, path) => {
    const { situation } = screenModelOf(path.state);
    const model = screenModelOf(path.state);
    expect(situation).toBeDefined();
    const notes = model.kind === 'done' || model.kind === 'notSignedOut' ? model.notes.map((note) => note.id) : [];
    expect(notes).toContain('external-identity-provider');
  });

  it.each(signedInTo('builder-id-profile'))('%s names "My details"', (_, path) => {
    const { situation } = screenModelOf(path.state);
    expect(stepsFor(situation!).some((step) => step.target.kind === 'page' && step.target.label === 'My details')).toBe(true);
  });

  it('an Identity Center user signed in to the console and the portal gets the console first, then the portal, then an editor, then the AWS CLI', () => {
    const both = signedInTo('console', 'access-portal');
    expect(both.length).toBeGreaterThan(0);
    for (const [, path] of both) {
      const { situation } = screenModelOf(path.state);
      if (situation?.whereToSignOut !== 'this-browser') throw new Error('signed in here');
      const order = stepsFor(situation)
        .map((step) => step.procedure.id)
        .filter((id, index, ids) => id !== ids[index - 1]);
      const also = (place: 'editor' | 'cli', procedure: string) => (situation.places.includes(place) ? [procedure] : []);
      expect(order).toEqual(['console', 'access-portal', ...also('editor', 'editor'), ...also('cli', 'cli-sso')]);
    }
  });
});
