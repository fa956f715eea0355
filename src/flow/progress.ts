import type { Answers } from '../content/answers';
import { decisionPath, optionsFor, phases, type Phase } from './decision-path';
import { screenOf, type Screen, type WizardSnapshot } from './screen';
import { situationOf } from './situation';

export type PhaseStatus = 'done' | 'current' | 'upcoming' | 'not-needed';

/** The screen's part of the decision path, and whether the path ends there (an outcome with no steps after it). */
function placeOf(screen: Screen): { phase: Phase; endsPath: boolean } | undefined {
  switch (screen.kind) {
    case 'start':
      return undefined;
    case 'question':
    case 'identified':
    case 'unidentified':
    case 'noSelfService': {
      const stop = screen.kind === 'question' ? screen.question : screen.kind;
      const declaration = decisionPath.find((candidate) => candidate.id === stop)!;
      return { phase: declaration.phase, endsPath: declaration.kind === 'outcome' && declaration.endsPath };
    }
    case 'step':
      return { phase: 'steps', endsPath: false };
    default:
      return { phase: 'check', endsPath: false };
  }
}

const questionsOf = (phase: Phase) =>
  decisionPath.flatMap((declaration) => (declaration.kind === 'question' && declaration.phase === phase ? [declaration.id] : []));

/** A phase the answers rule out: the situation is known, and none of the phase's questions is on its path. */
function isRuledOut(phase: Phase, answers: Answers): boolean {
  const own = questionsOf(phase);
  return own.length > 0 && situationOf(answers) !== undefined && own.every((question) => optionsFor(question, answers).length === 0);
}

/**
 * Where the person is among the five fixed phases of the decision path. The phases never change
 * in number, so "part 3 of 5" can never become wrong; a phase the answers rule out is "not needed",
 * as is every phase after a screen that ends the path.
 */
export function progressOf(snapshot: WizardSnapshot): { phase: Phase; statuses: Record<Phase, PhaseStatus> } | undefined {
  const place = placeOf(screenOf(snapshot));
  if (!place) return undefined;
  const { answers } = snapshot.context;
  const currentIndex = phases.indexOf(place.phase);
  const statuses = Object.fromEntries(
    phases.map((phase, index) => {
      if (index === currentIndex) return [phase, 'current'];
      if (isRuledOut(phase, answers) || (place.endsPath && index > currentIndex)) return [phase, 'not-needed'];
      return [phase, index < currentIndex ? 'done' : 'upcoming'];
    }),
  ) as Record<Phase, PhaseStatus>;
  return { phase: place.phase, statuses };
}
