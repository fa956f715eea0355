import type { Answers } from '../content/answers';
import { decisionPath, optionsFor, phases, type Phase } from './decision-path';

export type PhaseStatus = 'done' | 'current' | 'upcoming' | 'not-needed';

export interface Progress {
  phase: Phase;
  statuses: Record<Phase, PhaseStatus>;
}

const questionsOf = (phase: Phase) =>
  decisionPath.flatMap((declaration) => (declaration.kind === 'question' && declaration.phase === phase ? [declaration.id] : []));

/** A phase the answers rule out: the situation is known, and none of the phase's questions is on its path. */
function isRuledOut(phase: Phase, answers: Answers, situationKnown: boolean): boolean {
  const own = questionsOf(phase);
  return own.length > 0 && situationKnown && own.every((question) => optionsFor(question, answers).length === 0);
}

/**
 * Where the person is among the five fixed phases of the decision path, on a screen of `phase`.
 * The phases never change in number, so "part 3 of 5" can never become wrong; a phase the answers
 * rule out is "not needed", as is every phase after a screen that ends the path.
 */
export function progressAt(phase: Phase, endsPath: boolean, answers: Answers, situationKnown: boolean): Progress {
  const currentIndex = phases.indexOf(phase);
  const statuses = Object.fromEntries(
    phases.map((each, index) => {
      if (index === currentIndex) return [each, 'current'];
      if (isRuledOut(each, answers, situationKnown) || (endsPath && index > currentIndex)) return [each, 'not-needed'];
      return [each, index < currentIndex ? 'done' : 'upcoming'];
    }),
  ) as Record<Phase, PhaseStatus>;
  return { phase, statuses };
}
