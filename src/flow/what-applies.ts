import {
  accessPortalProcedure,
  awsSettingsProcedure,
  awsSettingsSessionsProcedure,
  builderIdProfileProcedure,
  builderIdSessionsProcedure,
  builderIdToolProcedure,
  portalSessionsProcedure,
  consoleProcedure,
  projectProcedure,
  type ConsoleSignOutOption,
  type ProcedureContent,
  type ProcedureId,
  type StepContent,
} from '../content/procedures';
import type { Answers } from '../content/answers';
import { caveats, type Caveat } from '../content/caveats';
import { checkElsewhere, confirmationScreen, doneScreen, notSignedOutScreen } from '../content/screens';
import { reasons, type Reason } from '../content/troubleshooting';
import { applies, situationOf, type Situation } from './situation';
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
    project: () => projectProcedure,
    'aws-settings': () => awsSettingsProcedure,
    'builder-id-profile': () => builderIdProfileProcedure,
    'builder-id-tool': () => builderIdToolProcedure,
    'portal-sessions': () => portalSessionsProcedure,
    'builder-id-sessions': () => builderIdSessionsProcedure,
    'aws-settings-sessions': () => awsSettingsSessionsProcedure,
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

/** The words of the check and the screens after it: sessions ended elsewhere are checked differently. */
export function checkWordsFor(answers: Answers) {
  if (answers.whereToSignOut === 'elsewhere') return checkElsewhere;
  return { confirmation: confirmationScreen, done: doneScreen, notSignedOut: notSignedOutScreen };
}

/** What else to know once signed out, for this situation only. */
export function caveatsFor(situation: Situation): readonly Caveat[] {
  return caveats.filter((caveat) => applies(caveat.appliesTo, situation));
}

/** The known reasons someone in this situation may still be signed in. */
export function reasonsFor(situation: Situation): readonly Reason[] {
  return reasons.filter((reason) => applies(reason.appliesTo, situation));
}
