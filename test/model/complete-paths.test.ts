import { describe, expect, it } from 'vitest';
import { completePaths, reachableScreens } from '../../src/flow/reachable';
import { screenOf } from '../../src/flow/screen';
import { contentOnPath } from '../support/path-content';

const paths = completePaths();
const screens = reachableScreens();
console.log(`The machine has ${screens.length} reachable screens and ${paths.length} complete simple paths.`);

const describePath = (path: (typeof paths)[number]) =>
  JSON.stringify(path.state.context.answers) + ` -> ${screenOf(path.state).kind}`;
const named = paths.map((path) => [describePath(path), path] as const);
const withSituation = named.filter(([, path]) => contentOnPath(path.state).situation);
const onPortals = (...portals: string[]) =>
  withSituation.filter(([, path]) => portals.includes(path.state.context.answers.portal ?? ''));
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
    expect(unidentified.map((path) => path.state.context.answers.signInMethod)).toEqual(['none-of-these']);
  });

  it.each(withSituation)('%s ends with a confirmation after the steps', (_, path) => {
    const kinds = path.steps.map((step) => screenOf(step.state).kind);
    expect(['done', 'notSignedOut']).toContain(kinds.at(-1));
    expect(kinds.at(-2)).toBe('confirmation');
    expect(kinds).toContain('step');
  });

  it.each(onPortals('console', 'console-and-access-portal'))('%s names the console sign-out option that fits', (_, path) => {
    const { situation, steps } = contentOnPath(path.state);
    const option = expectedOption[situation!.whichSessions ?? situation!.sessions ?? 'one'];
    const controls = steps.flatMap((step) => (step.target.kind === 'control' ? [step.target.label] : []));
    expect(controls[0]).toBe(option);
  });

  it.each(onPortals('access-portal', 'console-and-access-portal'))('%s carries the external identity provider caveat', (_, path) => {
    const { caveatIds, reasonIds } = contentOnPath(path.state);
    expect(caveatIds).toContain('external-identity-provider');
    expect(reasonIds).toContain('portal-signed-straight-back-in');
  });

  it.each(onPortals('builder-id-profile'))('%s names "My details"', (_, path) => {
    const { steps } = contentOnPath(path.state);
    expect(steps.some((step) => step.target.kind === 'page' && step.target.label === 'My details')).toBe(true);
  });

  it('an Identity Center user signed in to both gets the console first, then the portal', () => {
    const both = paths.filter((path) => path.state.context.answers.portal === 'console-and-access-portal');
    expect(both.length).toBeGreaterThan(0);
    for (const path of both) {
      expect(contentOnPath(path.state).steps.map((step) => step.procedure.id)).toEqual([
        'console',
        'console',
        'access-portal',
        'access-portal',
      ]);
    }
  });
});
