import { Fragment, type ReactNode } from 'react';

/**
 * Content marks the exact words a person sees on an AWS screen with curly quotes (“Sign out”).
 * They are shown set apart, like the control they name; addresses, and commands and what a terminal
 * prints (marked with `backticks`), are shown as code. Text only: nothing in it is ever treated as markup.
 */
const pattern = /“([^”]+)”|`([^`]+)`|(https:\/\/[^\s]+?)(?=[.,;)]?(?:\s|$))/g;

/** An address that may break only after a dot or a slash (not at its hyphens), so a phone wraps it where a reader expects, never mid-word. */
function Address({ url }: { url: string }) {
  const [scheme, rest] = url.startsWith('https://') ? ['https://', url.slice('https://'.length)] : ['', url];
  const pieces = rest.split(/(?<=[./])/);
  return (
    <code>
      {pieces.map((piece, index) => (
        <Fragment key={index}>
          {index > 0 && <wbr />}
          <span className="address-piece">{index === 0 ? `${scheme}${piece}` : piece}</span>
        </Fragment>
      ))}
    </code>
  );
}

export function RichText({ text }: { text: string }) {
  const parts: ReactNode[] = [];
  let last = 0;
  for (const match of text.matchAll(pattern)) {
    parts.push(text.slice(last, match.index));
    const [whole, label, code, address] = match;
    parts.push(
      label !== undefined ? (
        <strong key={match.index} className="control-name">
          {label}
        </strong>
      ) : address !== undefined ? (
        <Address key={match.index} url={address} />
      ) : (
        <code key={match.index}>{code}</code>
      ),
    );
    last = match.index + whole.length;
  }
  parts.push(text.slice(last));
  return <>{parts}</>;
}
