import { identificationReasons, unidentified } from '../content/identification';
import { noSelfService } from '../content/no-self-service';
import { questions, type OptionContent } from '../content/questions';
import type { SourceId, Sourced } from '../content/sources';
import { optionsFor } from './decision-path';
import { screenOf, type WizardSnapshot } from './screen';
import { resolvedUserType, situationOf } from './situation';
import { caveatsFor, currentStep, proceduresFor, reasonsFor } from './what-applies';

const named = (items: readonly Partial<Sourced>[]): SourceId[] =>
  items.flatMap((item) => (item.source ? [item.source, ...(item.alsoFrom ?? [])] : []));

function itemsShown(snapshot: WizardSnapshot): readonly Partial<Sourced>[] {
  const screen = screenOf(snapshot);
  const { answers } = snapshot.context;
  const situation = situationOf(answers);
  switch (screen.kind) {
    case 'start':
      return [];
    case 'question': {
      const options = questions[screen.question].options as Record<string, OptionContent>;
      return optionsFor(screen.question, answers).flatMap((value) => options[value] ?? []);
    }
    case 'identified': {
      const userType = resolvedUserType(answers);
      return userType ? [identificationReasons[userType]] : [];
    }
    case 'unidentified':
      return [unidentified];
    case 'noSelfService':
      return [noSelfService];
    case 'step': {
      const step = currentStep(snapshot);
      return step ? [step, step.picture] : [];
    }
    case 'confirmation':
    case 'done': {
      const procedures = situation ? proceduresFor(situation) : [];
      const successes = procedures.flatMap((procedure) => [procedure.success, ...(procedure.success.picture ? [procedure.success.picture] : [])]);
      return screen.kind === 'done' && situation ? [...successes, ...caveatsFor(situation)] : successes;
    }
    case 'notSignedOut':
      return situation ? reasonsFor(situation) : [];
  }
}

/** The AWS pages a screen's words come from, each once, in the order the screen uses them. */
export function sourcesOf(snapshot: WizardSnapshot): readonly SourceId[] {
  return [...new Set(named(itemsShown(snapshot)))];
}
