import { useEffect, useRef, useState } from 'react';
import { copyLink } from '../content/screens';
import { useIsClient } from './use-is-client';

type CopyState = 'idle' | 'copied' | 'manual';

async function writeToClipboard(text: string): Promise<boolean> {
  try {
    if (!navigator.clipboard) return false;
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    return false;
  }
}

/**
 * Copies the screen's full address, for a help desk to send. Where the clipboard is missing or
 * refused, shows the address selected in a read-only field to copy by hand. Without script it is
 * not shown: the address bar holds the same address.
 */
export function CopyLink({ path }: { path: string }) {
  const isClient = useIsClient();
  const [state, setState] = useState<CopyState>('idle');
  const field = useRef<HTMLInputElement>(null);
  useEffect(() => {
    if (state !== 'manual') return;
    field.current?.focus();
    field.current?.select();
  }, [state]);

  // Drawn from the first paint so nothing shifts when the script arrives, but usable only then.
  const address = () => new URL(path, window.location.origin).href;
  return (
    <div className="copy-link needs-script">
      <button
        type="button"
        className="button button--secondary"
        disabled={!isClient}
        onClick={async () => {
          // Cleared first, so copying again is announced again.
          setState('idle');
          setState((await writeToClipboard(address())) ? 'copied' : 'manual');
        }}
      >
        {copyLink.action}
      </button>
      <span className="copy-link__status" role="status">
        {state === 'copied' ? copyLink.copied : ''}
      </span>
      {state === 'manual' && (
        <p className="copy-link__manual">
          <label htmlFor="copy-link-address">{copyLink.manualLabel}</label>
          <input id="copy-link-address" ref={field} type="text" readOnly value={address()} onFocus={(e) => e.currentTarget.select()} />
        </p>
      )}
    </div>
  );
}
