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
import { situationOf, type Situation } from './situation';
import { procedureIdsFor } from './procedure-plan';
import { screenOf, type WizardSnapshot } from './screen';

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

/** The step a step screen shows, if the snapshot is on one. */
export function currentStep(snapshot: WizardSnapshot): PlacedStep | undefined {
  const screen = screenOf(snapshot);
  const situation = situationOf(snapshot.context.answers);
  return screen.kind === 'step' && situation ? stepsFor(situation)[screen.index] : undefined;
}
