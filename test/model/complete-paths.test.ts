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
const expectedOption = { one: 'Sign out', all: 'Sign out of all sessions', current: 'Sign out of current session' };

describe('every complete path', () => {
  it('exists in numbers worth testing', () => {
    expect(paths.length).toBeGreaterThan(50);
    expect(screens.length).toBeGreaterThan(150);
  });

  it.each(named)('%s ends after a confirmation, or on "ask your administrator"', (_, path) => {
    const end = screenOf(path.state).kind;
    if (end === 'unidentified') return expect(path.state.context.answers.signInMethod).toBe('none-of-these');
    expect(['done', 'notSignedOut']).toContain(end);
    const kinds = path.steps.map((step) => screenOf(step.state).kind);
    expect(kinds.at(-2)).toBe('confirmation');
    expect(kinds).toContain('step');
  });

  it.each(named)('%s: a console path names the sign-out option that fits the answers', (_, path) => {
    const { situation, steps } = contentOnPath(path.state);
    if (!situation || !['console', 'console-and-access-portal'].includes(situation.portal)) return;
    const option = expectedOption[situation.whichSessions ?? situation.sessions ?? 'one'];
    const controls = steps.flatMap((step) => (step.target.kind === 'control' ? [step.target.label] : []));
    expect(controls[0]).toBe(option);
  });

  it.each(named)('%s: an access portal path carries the external identity provider caveat', (_, path) => {
    const { situation, caveatIds, reasonIds } = contentOnPath(path.state);
    if (!situation?.portal.includes('access-portal')) return;
    expect(caveatIds).toContain('external-identity-provider');
    expect(reasonIds).toContain('portal-signed-straight-back-in');
  });

  it.each(named)('%s: a Builder ID profile path names "My details"', (_, path) => {
    const { situation, steps } = contentOnPath(path.state);
    if (situation?.portal !== 'builder-id-profile') return;
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
