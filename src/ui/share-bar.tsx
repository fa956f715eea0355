import { useState } from 'react';
import { copyLink } from '../content/screens';
import { shareControls } from '../content/sharing';
import { sharedScreen } from '../flow/share-message';
import { canShare, share, writeToClipboard } from './clipboard';
import { ManualCopy } from './manual-copy';
import { useScreenModel } from './screen-model-context';
import { useIsClient } from './use-is-client';

type Outcome =
  | { kind: 'copied'; status: string }
  | { kind: 'manual'; label: string; text: string }
  | { kind: 'none' };

const nothingYet: Outcome = { kind: 'none' };

/**
 * What a help desk needs to send this screen: its full address, a short message with it, and where
 * the browser has one, the system's share sheet. Where the clipboard is missing or refused, the text
 * is shown selected to copy by hand. Without script it is not shown: the address bar holds the address.
 */
export function ShareBar({ path }: { path: string }) {
  const isClient = useIsClient();
  const model = useScreenModel();
  const [outcome, setOutcome] = useState<Outcome>(nothingYet);
  // Made when used, not while rendering: the server has no window.
  const screen = () => sharedScreen(model, new URL(path, window.location.origin).href);

  const copy = async (text: string, status: string, label: string) => {
    // Cleared first, so copying again is announced again.
    setOutcome(nothingYet);
    setOutcome((await writeToClipboard(text)) ? { kind: 'copied', status } : { kind: 'manual', label, text });
  };
  const openShareSheet = async () => {
    setOutcome(nothingYet);
    const { title, purpose, address, message } = screen();
    const result = await share({ title, text: `${purpose}\n${title}`, url: address });
    if (result === 'shared') setOutcome({ kind: 'copied', status: shareControls.shared });
    if (result === 'failed') setOutcome({ kind: 'manual', label: shareControls.messageManualLabel, text: message });
  };

  const copies = [
    { ...copyLink, text: () => screen().address },
    {
      action: shareControls.copyMessage,
      copied: shareControls.messageCopied,
      manualLabel: shareControls.messageManualLabel,
      text: () => screen().message,
    },
  ];

  // Drawn from the first paint so nothing shifts when the script arrives, but usable only then.
  return (
    <div className="copy-link needs-script">
      {copies.map(({ action, text, copied, manualLabel }) => (
        <button
          key={action}
          type="button"
          className="button button--secondary"
          disabled={!isClient}
          onClick={() => copy(text(), copied, manualLabel)}
        >
          {action}
        </button>
      ))}
      {isClient && canShare() && (
        <button type="button" className="button button--secondary" onClick={openShareSheet}>
          {shareControls.share}
        </button>
      )}
      <span className="copy-link__status" role="status">
        {outcome.kind === 'copied' ? outcome.status : ''}
      </span>
      {outcome.kind === 'manual' && <ManualCopy id="copy-link-text" label={outcome.label} text={outcome.text} />}
    </div>
  );
}
