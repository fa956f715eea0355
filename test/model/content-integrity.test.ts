import { describe, expect, it } from 'vitest';
import { caveats } from '../../src/content/caveats';
import { consoleProcedure, accessPortalProcedure, builderIdProfileProcedure, builderIdToolProcedure } from '../../src/content/procedures';
import { questions } from '../../src/content/questions';
import { sources } from '../../src/content/sources';
import { reasons } from '../../src/content/troubleshooting';
import { identificationReasons } from '../../src/content/identification';
import { userTypeContent } from '../../src/content/user-types';
import type { Situation } from '../../src/flow/situation';
import { stepCountFor } from '../../src/flow/procedure-plan';
import { completePaths } from '../../src/flow/reachable';
import { contentOnPath } from '../support/path-content';

/**
 * Where each caveat belongs, written out again from what the AWS documentation says in plain terms,
 * so that a mistake in the content's own rules shows up as a difference.
 */
const belongsOn: Record<string, (s: Situation) => boolean> = {
  'external-identity-provider': (s) => s.portal === 'access-portal' || s.portal === 'console-and-access-portal',
  'portal-console-sessions': (s) => s.userType === 'identity-center-user' && s.portal.includes('access-portal'),
  'portal-still-signed-in': (s) => s.userType === 'identity-center-user' && s.portal === 'console',
  'other-identities-still-signed-in': (s) => s.whichSessions === 'current',
  'federated-provider-session': (s) => s.userType === 'federated-identity',
  'saml-session-length': (s) => s.userType === 'federated-identity',
  'builder-id-tools-separate': (s) => s.portal === 'builder-id-profile',
  'builder-id-up-to-an-hour': (s) => s.userType === 'builder-id',
  'builder-id-google': (s) => s.userType === 'builder-id',
};

const situations = completePaths().flatMap((path) => {
  const content = contentOnPath(path.state);
  return content.situation ? [{ ...content, situation: content.situation }] : [];
});

describe('caveats', () => {
  it('every caveat has a rule of where it belongs', () => {
    expect(caveats.map((caveat) => caveat.id).toSorted()).toEqual(Object.keys(belongsOn).toSorted());
  });

  it.each(caveats.map((caveat) => [caveat.id]))('%s shows on exactly the paths it applies to', (id) => {
    const shownOn = situations.filter((path) => path.caveatIds.includes(id)).map((path) => path.situation);
    const belongs = situations.filter((path) => belongsOn[id]!(path.situation)).map((path) => path.situation);
    expect(belongs.length).toBeGreaterThan(0);
    expect(shownOn).toEqual(belongs);
  });

  it('an unconfirmed fact is worded as a hedge', () => {
    for (const item of [...caveats, ...reasons].filter((each) => each.unconfirmed)) {
      const words = 'text' in item ? item.text : item.fix;
      expect(words).toMatch(/\bmay\b|check with your administrator/);
    }
  });
});

describe('reasons you may still be signed in', () => {
  it('every path that can end "still signed in" has at least one reason', () => {
    expect(situations.filter((path) => path.reasonIds.length === 0).map((path) => path.situation)).toEqual([]);
  });

  it('every reason applies to some path', () => {
    const used = new Set(situations.flatMap((path) => path.reasonIds));
    expect(reasons.filter((reason) => !used.has(reason.id)).map((reason) => reason.id)).toEqual([]);
  });
});

describe('sources', () => {
  const items = [
    ...caveats,
    ...reasons,
    ...[consoleProcedure('Sign out'), consoleProcedure('Sign out of all sessions'), consoleProcedure('Sign out of current session'), accessPortalProcedure, builderIdProfileProcedure, builderIdToolProcedure].flatMap((procedure) => [
      ...procedure.steps,
      procedure.success,
      ...procedure.steps.map((step) => step.picture),
      ...(procedure.success.picture ? [procedure.success.picture] : []),
    ]),
    ...Object.values(userTypeContent),
    ...Object.values(identificationReasons),
    ...Object.values(questions).flatMap((question) =>
      Object.entries(question.options).flatMap(([value, option]) => (value === 'not-sure' || value === 'none-of-these' ? [] : [option])),
    ),
  ];

  it.each(items.map((item, index) => [index, item]))('item %i names an AWS page, with its address', (_, item) => {
    expect(Object.keys(sources)).toContain(item.source);
    expect(sources[item.source].url).toMatch(/^https:\/\/docs\.aws\.amazon\.com\//);
  });
});

describe('names quoted as they appear on AWS screens', () => {
  // Every name the content quotes must be one the AWS documentation quotes, exactly: a person will look for it.
  const namesInFacts = [
    'Sign out',
    'Sign out of all sessions',
    'Sign out of current session',
    'My details',
    'Continue with Google',
    // In the pictures.
    'Account',
    'Security credentials',
    'Add session',
    'Profile information',
    'Contact information',
    'Security',
    'Privacy & data',
  ];
  const allText = JSON.stringify([
    caveats,
    reasons,
    questions,
    ['Sign out', 'Sign out of all sessions', 'Sign out of current session'].map((option) =>
      consoleProcedure(option as Parameters<typeof consoleProcedure>[0]),
    ),
    accessPortalProcedure,
    builderIdProfileProcedure,
    builderIdToolProcedure,
  ]);
  const quoted = [...allText.matchAll(/“([^”]+)”/g)].map((match) => match[1]);

  it('are all names the sources give', () => {
    expect(quoted.length).toBeGreaterThan(10);
    expect(quoted.filter((name) => !namesInFacts.includes(name!))).toEqual([]);
  });
});

describe('the step counts the machine uses', () => {
  it('match the steps the content gives for every path', () => {
    for (const { situation, steps } of situations) expect(stepCountFor(situation)).toBe(steps.length);
  });
});
