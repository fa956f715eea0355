import type { Portal } from '../content/answers';
import type { ProcedureId } from '../content/procedures';
import { userTypeContent } from '../content/user-types';
import type { Situation } from './situation';

/**
 * The procedures to follow where the person is signed in, in order: console sessions before the
 * portal, since they outlive it; a project before AWS Settings, the thorough order when AWS doesn't
 * say whether one ends the other.
 */
const proceduresAt: Record<Portal, readonly ProcedureId[]> = {
  console: ['console'],
  'access-portal': ['access-portal'],
  'console-and-access-portal': ['console', 'access-portal'],
  project: ['project'],
  'aws-settings': ['aws-settings'],
  'project-and-aws-settings': ['project', 'aws-settings'],
  'builder-id-profile': ['builder-id-profile'],
  'builder-id-tool': ['builder-id-tool'],
};

/** The procedures to follow: where they are signed in, or the one that ends their sessions elsewhere. */
export function procedureIdsFor(situation: Situation): readonly ProcedureId[] {
  if (situation.whereToSignOut === 'elsewhere') {
    const elsewhere = userTypeContent[situation.userType].endsSessionsElsewhereWith;
    return elsewhere ? [elsewhere] : [];
  }
  return proceduresAt[situation.portal];
}

/**
 * How many steps each procedure has. The machine needs only these counts, so the first screen's
 * script need not carry every step's words and pictures; a test holds them equal to the content.
 */
const stepCounts: Record<ProcedureId, number> = {
  console: 2,
  'access-portal': 2,
  project: 2,
  'aws-settings': 1,
  'builder-id-profile': 2,
  'builder-id-tool': 1,
  'portal-sessions': 3,
  'builder-id-sessions': 3,
  'aws-settings-sessions': 3,
};

export function stepCountFor(situation: Situation): number {
  return procedureIdsFor(situation).reduce((total, id) => total + stepCounts[id], 0);
}
