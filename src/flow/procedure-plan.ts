import type { ProcedureId } from '../content/procedures';
import { userTypeContent } from '../content/user-types';
import type { Situation } from './situation';

/**
 * The procedures to follow, in order: console sessions before the portal, since they outlive it; a
 * project before AWS Settings, the thorough order when AWS doesn't say whether one ends the other.
 */
export function procedureIdsFor(situation: Situation): readonly ProcedureId[] {
  if (situation.whereToSignOut === 'elsewhere') {
    const elsewhere = userTypeContent[situation.userType].endsSessionsElsewhereWith;
    return elsewhere ? [elsewhere] : [];
  }
  switch (situation.portal) {
    case 'console':
      return ['console'];
    case 'access-portal':
      return ['access-portal'];
    case 'console-and-access-portal':
      return ['console', 'access-portal'];
    case 'project':
      return ['project'];
    case 'aws-settings':
      return ['aws-settings'];
    case 'project-and-aws-settings':
      return ['project', 'aws-settings'];
    case 'builder-id-profile':
      return ['builder-id-profile'];
    case 'builder-id-tool':
      return ['builder-id-tool'];
  }
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
