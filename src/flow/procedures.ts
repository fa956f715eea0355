import {
  accessPortalProcedure,
  builderIdProfileProcedure,
  builderIdToolProcedure,
  consoleProcedure,
  type ConsoleSignOutOption,
  type ProcedureContent,
  type ProcedureId,
  type StepContent,
} from '../content/procedures';
import type { Situation } from './answer-rules';
import { procedureIdsFor } from './procedure-plan';

function consoleOption(situation: Situation): ConsoleSignOutOption {
  if (situation.sessions !== 'several') return 'Sign out';
  return situation.whichSessions === 'current' ? 'Sign out of current session' : 'Sign out of all sessions';
}

/** The words and pictures of the procedures to follow, in the order procedure-plan.ts gives. */
export function proceduresFor(situation: Situation): readonly ProcedureContent[] {
  const content: Record<ProcedureId, () => ProcedureContent> = {
    console: () => consoleProcedure(consoleOption(situation)),
    'access-portal': () => accessPortalProcedure,
    'builder-id-profile': () => builderIdProfileProcedure,
    'builder-id-tool': () => builderIdToolProcedure,
  };
  return procedureIdsFor(situation).map((id) => content[id]());
}

export interface PlacedStep extends StepContent {
  procedure: ProcedureContent;
}

export function stepsFor(situation: Situation): readonly PlacedStep[] {
  return proceduresFor(situation).flatMap((procedure) => procedure.steps.map((step) => ({ ...step, procedure })));
}
