import { describe, expect, it } from 'vitest';
import { caveats } from '../../src/content/caveats';
import { questions } from '../../src/content/questions';
import { sources, type Sourced } from '../../src/content/sources';
import { reasons } from '../../src/content/troubleshooting';
import { identificationReasons } from '../../src/content/identification';
import { userTypeContent } from '../../src/content/user-types';
import type { Situation } from '../../src/flow/situation';
import { stepCountFor } from '../../src/flow/procedure-plan';
import { completePaths } from '../../src/flow/reachable';
import { proceduresFor } from '../../src/flow/what-applies';
import { contentOnPath } from '../support/path-content';

const consoles = ['console', 'console-and-access-portal'];
const portals = ['access-portal', 'console-and-access-portal'];
const newExperience = ['project', 'aws-settings', 'project-and-aws-settings'];
const on = (s: Situation, places: readonly string[]) => s.portal !== undefined && places.includes(s.portal);
const endingSessionsElsewhere = (s: Situation, userType: Situation['userType']) => s.whereToSignOut === 'elsewhere' && s.userType === userType;

/**
 * Where each caveat belongs, written out again from what the AWS documentation says in plain terms,
 * so that a mistake in the content's own rules shows up as a difference.
 */
const caveatBelongsOn: Record<string, (s: Situation) => boolean> = {
  'external-identity-provider': (s) => on(s, portals),
  'portal-console-sessions': (s) => s.userType === 'identity-center-user' && on(s, portals),
  'portal-still-signed-in': (s) => s.userType === 'identity-center-user' && s.portal === 'console',
  'other-identities-still-signed-in': (s) => s.whichSessions === 'current',
  'federated-provider-session': (s) => s.userType === 'federated-identity',
  'saml-session-length': (s) => s.userType === 'federated-identity',
  // AWS says the hour's delay and the social login of the Builder ID profile's sessions, not of a tool's.
  'builder-id-tools-separate': (s) => s.userType === 'builder-id' && s.portal === 'builder-id-profile',
  'builder-id-profile-separate': (s) => s.portal === 'builder-id-tool',
  'builder-id-up-to-an-hour': (s) => s.portal === 'builder-id-profile',
  'builder-id-social-login': (s) => s.portal === 'builder-id-profile',
  'new-experience-up-to-an-hour': (s) => on(s, newExperience),
  'new-experience-social-login': (s) => on(s, newExperience),
  'list-of-accounts': (s) => on(s, newExperience),
  'aws-settings-too': (s) => s.portal === 'project',
  'project-too': (s) => s.portal === 'aws-settings',
  // Ending sessions on a device or browser the person can't reach: where AWS gives a way, and what each way leaves open.
  'portal-sessions-elsewhere': (s) => s.userType === 'identity-center-user' && s.whereToSignOut === 'this-browser',
  'builder-id-sessions-elsewhere': (s) => s.userType === 'builder-id' && s.whereToSignOut === 'this-browser',
  'settings-sessions-elsewhere': (s) => s.userType === 'project-user' && s.whereToSignOut === 'this-browser',
  'role-sessions-go-on': (s) => endingSessionsElsewhere(s, 'identity-center-user'),
  'portal-here-too': (s) => endingSessionsElsewhere(s, 'identity-center-user'),
  'builder-id-sessions-up-to-an-hour': (s) => endingSessionsElsewhere(s, 'builder-id'),
  'builder-id-sessions-social-login': (s) => endingSessionsElsewhere(s, 'builder-id'),
  'settings-sessions-up-to-an-hour': (s) => endingSessionsElsewhere(s, 'project-user'),
  'settings-sessions-social-login': (s) => endingSessionsElsewhere(s, 'project-user'),
  'unrecognised-device': (s) => endingSessionsElsewhere(s, 'project-user'),
};

/** Where each reason someone may still be signed in belongs, written out again the same way. */
const reasonBelongsOn: Record<string, (s: Situation) => boolean> = {
  'menu-showed-session-options': (s) => on(s, consoles) && s.sessions === 'one',
  'signed-out-current-only': (s) => s.whichSessions === 'current',
  'portal-signed-straight-back-in': (s) => on(s, portals),
  'console-from-portal-still-open': (s) => on(s, portals),
  'portal-in-another-region': (s) => on(s, portals),
  'portal-still-open': (s) => s.userType === 'identity-center-user' && s.portal === 'console',
  'federated-provider-signed-back-in': (s) => s.userType === 'federated-identity',
  'builder-id-not-yet': (s) => s.portal === 'builder-id-profile',
  'builder-id-tool-still-signed-in': (s) => s.userType === 'builder-id' && s.portal === 'builder-id-profile',
  'another-tool-still-signed-in': (s) => s.portal === 'builder-id-tool',
  'builder-id-profile-still-signed-in': (s) => s.portal === 'builder-id-tool',
  'builder-id-social-login-still-signed-in': (s) => s.portal === 'builder-id-profile',
  'new-experience-not-yet': (s) => on(s, newExperience),
  'new-experience-social-login-still-signed-in': (s) => on(s, newExperience),
  'list-of-accounts-shown': (s) => on(s, newExperience),
  'aws-settings-still-open': (s) => s.portal === 'project',
  'project-still-open': (s) => s.portal === 'aws-settings',
  'other-browser': (s) => on(s, consoles),
  'role-session-still-open': (s) => endingSessionsElsewhere(s, 'identity-center-user'),
  'session-not-listed': (s) => endingSessionsElsewhere(s, 'identity-center-user'),
  'no-green-message': (s) => endingSessionsElsewhere(s, 'identity-center-user'),
  'builder-id-sessions-not-yet': (s) => endingSessionsElsewhere(s, 'builder-id'),
  'builder-id-sessions-social-login-still-signed-in': (s) => endingSessionsElsewhere(s, 'builder-id'),
  'settings-sessions-not-yet': (s) => endingSessionsElsewhere(s, 'project-user'),
  'settings-sessions-social-login-still-signed-in': (s) => endingSessionsElsewhere(s, 'project-user'),
  'different-user-type': () => true,
  'ask-administrator': (s) => ['iam-user', 'identity-center-user', 'federated-identity'].includes(s.userType),
};

const situations = completePaths().flatMap((path) => {
  const content = contentOnPath(path.state);
  return content.situation ? [{ ...content, situation: content.situation }] : [];
});

describe.each([
  ['caveat', caveats, caveatBelongsOn, 'caveatIds'],
  ['reason', reasons, reasonBelongsOn, 'reasonIds'],
] as const)('each %s', (_, items, belongsOn, shownKey) => {
  it('has a rule, written here, of where it belongs', () => {
    expect(items.map((item) => item.id).toSorted()).toEqual(Object.keys(belongsOn).toSorted());
  });

  it.each(items.map((item) => [item.id]))('%s shows on exactly the paths it applies to, and on no other', (id) => {
    const shownOn = situations.filter((path) => (path[shownKey] as readonly string[]).includes(id)).map((path) => path.situation);
    const belongs = situations.filter((path) => belongsOn[id]!(path.situation)).map((path) => path.situation);
    expect(belongs.length).toBeGreaterThan(0);
    expect(shownOn).toEqual(belongs);
  });
});

describe('what the content says', () => {
  it('words an unconfirmed fact as a hedge', () => {
    for (const item of [...caveats, ...reasons].filter((each) => each.unconfirmed)) {
      const words = 'text' in item ? item.text : item.fix;
      expect(words).toMatch(/\bmay\b|check with your administrator/);
    }
  });

  it('gives every path that can end "still signed in" at least one reason', () => {
    expect(situations.filter((path) => path.reasonIds.length === 0).map((path) => path.situation)).toEqual([]);
  });
});

const proceduresInUse = [...new Map(situations.flatMap(({ situation }) => proceduresFor(situation)).map((procedure) => [JSON.stringify(procedure), procedure])).values()];
const pictures = proceduresInUse.flatMap((procedure) => [
  ...procedure.steps.map((step) => step.picture),
  ...(procedure.success.picture ? [procedure.success.picture] : []),
]);

describe('sources', () => {
  const items: Partial<Sourced>[] = [
    ...caveats,
    ...reasons,
    ...proceduresInUse.flatMap((procedure) => [...procedure.steps, procedure.success]),
    ...pictures,
    ...Object.values(userTypeContent),
    ...Object.values(identificationReasons),
    ...Object.values(questions).flatMap((question) =>
      // These three say something about the person, nothing about AWS.
      Object.entries(question.options).flatMap(([value, option]) => (['not-sure', 'none-of-these', 'elsewhere'].includes(value) ? [] : [option])),
    ),
  ];

  it.each(items.map((item, index) => [index, item]))('item %i names AWS pages, each with its address', (_, item) => {
    const named = [item.source, ...(item.alsoFrom ?? [])];
    expect(item.source).toBeDefined();
    for (const id of named) expect(sources[id!]?.url).toMatch(/^https:\/\/docs\.aws\.amazon\.com\//);
  });
});

const quotedIn = (content: unknown) => [...JSON.stringify(content).matchAll(/“([^”]+)”/g)].map((match) => match[1]!);
const drawnIn = (content: unknown) => [...JSON.stringify(content).matchAll(/"text":"([^"]+)"/g)].map((match) => match[1]!);

describe('names quoted as they appear on AWS screens', () => {
  // Every name the content quotes must be one the AWS documentation quotes, capitals and all: a person will look for it.
  const namesAwsGives = [
    'Sign out',
    'Sign out of all sessions',
    'Sign out of current session',
    'Sign Out',
    'My details',
    'project user',
    // In the pictures.
    'Add session',
    'Switch project',
    'Manage security and sign-in',
    'Profile information',
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
  ];
  const inAwsSettings = ['aws-settings', 'aws-settings-sessions'];
  const settings = proceduresInUse.filter((procedure) => inAwsSettings.includes(procedure.id));
  const others = proceduresInUse.filter((procedure) => !inAwsSettings.includes(procedure.id));

  it('are all names AWS gives, exactly', () => {
    const quoted = quotedIn([caveats, reasons, questions, proceduresInUse]);
    expect(quoted.length).toBeGreaterThan(10);
    expect(quoted.filter((name) => !namesAwsGives.includes(name))).toEqual([]);
  });

  it('say “Sign Out”, capital O, in AWS Settings, and “Sign out” everywhere else', () => {
    expect(quotedIn(settings)).toContain('Sign Out');
    expect(drawnIn(settings)).toContain('Sign Out');
    expect(quotedIn(settings)).not.toContain('Sign out');
    expect([...quotedIn(others), ...drawnIn(others)]).not.toContain('Sign Out');
    expect(quotedIn([caveats, reasons, questions])).not.toContain('Sign Out');
  });
});

describe('the step counts the machine uses', () => {
  it('match the steps the content gives for every path', () => {
    for (const { situation, steps } of situations) expect(stepCountFor(situation)).toBe(steps.length);
  });
});
