import type { ReactNode } from 'react';

/**
 * Content marks the exact words a person sees on an AWS screen with curly quotes (“Sign out”).
 * They are shown set apart, like the control they name; addresses, and commands and what a terminal
 * prints (marked with `backticks`), are shown as code. Text only: nothing in it is ever treated as markup.
 */
const pattern = /“([^”]+)”|`([^`]+)`|(https:\/\/[^\s]+?)(?=[.,;)]?(?:\s|$))/g;

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
      ) : (
        <code key={match.index}>{code ?? address}</code>
      ),
    );
    last = match.index + whole.length;
  }
  parts.push(text.slice(last));
  return <>{parts}</>;
}
