import type { StepWay } from '../content/procedure';
import { Picture } from '../pictures/picture';
import { CommandBlock } from './command-block';
import { RichText } from './rich-text';

/**
 * A step done one way in each tool: each tool's way closed under its name, so that on a phone the
 * person opens theirs and the step's button stays in view. Without script they open just the same.
 */
export function StepWays({ ways }: { ways: readonly StepWay[] }) {
  return (
    <div className="step-ways">
      {ways.map((way) => (
        <details key={way.label} className="step-way">
          <summary>{way.label}</summary>
          <p>
            <RichText text={way.instruction} />
          </p>
          {way.target.kind === 'command' && <CommandBlock command={way.target.command} />}
          {way.picture && <Picture picture={way.picture} />}
        </details>
      ))}
    </div>
  );
}
