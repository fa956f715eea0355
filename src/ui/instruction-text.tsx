import type { StepTarget } from '../content/procedures';

interface Part {
  kind: 'text' | 'label' | 'address';
  text: string;
}

const addressPattern = /(https:\/\/[^\s]+?)(?=\.?(?:\s|$))/;

/**
 * An instruction with the exact words on screen set apart, so the person can match them, and any
 * address shown as code.
 */
export function InstructionText({ text, target }: { text: string; target: StepTarget }) {
  const label = target.kind === 'control' || target.kind === 'page' ? target.label : undefined;
  const parts = text
    .split(addressPattern)
    .flatMap((part, index): Part[] => (index % 2 === 1 ? [{ kind: 'address', text: part }] : splitOnLabel(part, label)));
  return (
    <p className="instruction">
      {parts.map((part, index) =>
        part.kind === 'address' ? (
          <code key={index}>{part.text}</code>
        ) : part.kind === 'label' ? (
          <strong key={index} className="control-name">
            {part.text}
          </strong>
        ) : (
          part.text
        ),
      )}
    </p>
  );
}

function splitOnLabel(text: string, label: string | undefined): Part[] {
  if (!label) return [{ kind: 'text', text }];
  return text
    .split(label)
    .flatMap((piece, index): Part[] => [
      ...(index > 0 ? [{ kind: 'label' as const, text: label }] : []),
      { kind: 'text', text: piece },
    ]);
}
