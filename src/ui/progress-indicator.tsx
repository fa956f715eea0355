import { phaseLabels, progressWords } from '../content/screens';
import { phases } from '../flow/decision-path';
import { useScreenModel } from './screen-model-context';

/**
 * The five parts of the wizard, with the current one marked and any the answers rule out. A step
 * screen shows its place in the checklist instead ("Step 2 of 4"): one progress a screen.
 */
export function ProgressIndicator() {
  const { progress, kind } = useScreenModel();
  if (!progress || kind === 'step') return null;
  const position = phases.indexOf(progress.phase) + 1;
  return (
    <div className="progress">
      <p className="progress__text">{progressWords.position(position, phases.length, phaseLabels[progress.phase])}</p>
      <ol className="progress__phases" aria-label={progressWords.label}>
        {phases.map((phase) => {
          const status = progress.statuses[phase];
          return (
            <li key={phase} className={`progress__phase progress__phase--${status}`} aria-current={status === 'current' ? 'step' : undefined}>
              <span className="progress__label">{phaseLabels[phase]}</span>
              {status === 'not-needed' && <span className="progress__note"> ({progressWords.notNeeded})</span>}
              {status === 'done' && <span className="visually-hidden"> ({progressWords.done})</span>}
            </li>
          );
        })}
      </ol>
    </div>
  );
}
