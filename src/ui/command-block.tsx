import { useId, useState } from 'react';
import { commandBlock } from '../content/screens';
import { writeToClipboard } from './clipboard';
import { ManualCopy } from './manual-copy';
import { useIsClient } from './use-is-client';

/**
 * A command exactly as the person types it, as code, with a button that copies it (shown from the
 * first paint, usable once the script runs). Where the clipboard is refused, the command is shown
 * selected to copy by hand.
 */
export function CommandBlock({ command }: { command: string }) {
  const isClient = useIsClient();
  const id = useId();
  const [outcome, setOutcome] = useState<'none' | 'copied' | 'manual'>('none');
  const copy = async () => {
    setOutcome('none');
    setOutcome((await writeToClipboard(command)) ? 'copied' : 'manual');
  };
  return (
    <div className="command-block">
      <p className="visually-hidden" id={`${id}-label`}>
        {commandBlock.label}
      </p>
      <pre aria-labelledby={`${id}-label`}>
        <code>{command}</code>
      </pre>
      <button type="button" className="button button--secondary needs-script" disabled={!isClient} onClick={copy}>
        {commandBlock.action}
      </button>
      <span className="command-block__status" role="status">
        {outcome === 'copied' ? commandBlock.copied : ''}
      </span>
      {outcome === 'manual' && <ManualCopy id={`${id}-manual`} label={commandBlock.manualLabel} text={command} />}
    </div>
  );
}
