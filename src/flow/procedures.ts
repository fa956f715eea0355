import {
  accessPortalProcedure,
  builderIdProfileProcedure,
  builderIdToolProcedure,
  consoleProcedure,
  type ConsoleSignOutOption,
  type ProcedureContent,
  type StepContent,
} from '../content/procedures';
import type { Situation } from './answer-rules';

function consoleOption(situation: Situation): ConsoleSignOutOption {
  if (situation.sessions !== 'several') return 'Sign out';
  return situation.whichSessions === 'current' ? 'Sign out of current session' : 'Sign out of all sessions';
}

/** The procedures to follow, in order: console sessions before the portal, since they outlive it. */
export function proceduresFor(situation: Situation): readonly ProcedureContent[] {
  switch (situation.portal) {
    case 'console':
      return [consoleProcedure(consoleOption(situation))];
    case 'access-portal':
      return [accessPortalProcedure];
    case 'console-and-access-portal':
      return [consoleProcedure(consoleOption(situation)), accessPortalProcedure];
    case 'builder-id-profile':
      return [builderIdProfileProcedure];
    case 'builder-id-tool':
      return [builderIdToolProcedure];
  }
}

export interface PlacedStep extends StepContent {
  procedure: ProcedureContent;
}

export function stepsFor(situation: Situation): readonly PlacedStep[] {
  return proceduresFor(situation).flatMap((procedure) => procedure.steps.map((step) => ({ ...step, procedure })));
}
