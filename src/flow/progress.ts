import { isAsked } from './answer-rules';
import { screenOf, type Screen, type WizardSnapshot } from './screen';

export const phases = ['who', 'where', 'sessions', 'steps', 'check'] as const;
export type Phase = (typeof phases)[number];
export type PhaseStatus = 'done' | 'current' | 'upcoming' | 'not-needed';

function phaseOf(screen: Screen): Phase | undefined {
  switch (screen.kind) {
    case 'start':
      return undefined;
    case 'question':
      if (screen.question === 'portal') return 'where';
      if (screen.question === 'sessions' || screen.question === 'whichSessions') return 'sessions';
      return 'who';
    case 'identified':
    case 'unidentified':
      return 'who';
    case 'step':
      return 'steps';
    default:
      return 'check';
  }
}

/**
 * Where the person is among the five fixed phases of the decision path. The phases never change
 * in number, so "part 3 of 5" can never become wrong; a phase the answers rule out is "not needed".
 */
export function progressOf(snapshot: WizardSnapshot): { phase: Phase; statuses: Record<Phase, PhaseStatus> } | undefined {
  const current = phaseOf(screenOf(snapshot));
  if (!current) return undefined;
  const { answers } = snapshot.context;
  const currentIndex = phases.indexOf(current);
  const notNeeded = (phase: Phase) =>
    phase === 'sessions' && answers.portal !== undefined && !isAsked('sessions', answers);
  const statuses = Object.fromEntries(
    phases.map((phase, index) => {
      if (index === currentIndex) return [phase, 'current'];
      if (notNeeded(phase)) return [phase, 'not-needed'];
      return [phase, index < currentIndex ? 'done' : 'upcoming'];
    }),
  ) as Record<Phase, PhaseStatus>;
  return { phase: current, statuses };
}
