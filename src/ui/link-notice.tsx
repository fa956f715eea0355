import { chrome } from '../content/screens';

export function LinkNotice({ heading }: { heading: string }) {
  return (
    <div className="notice" role="status">
      <p>
        {chrome.brokenLink} You are on: <strong>{heading}</strong>.
      </p>
    </div>
  );
}
