import { useEffect, useRef } from 'react';

/**
 * Where the clipboard is missing or refused: the text in a read-only field, focused and selected,
 * for the person to copy by hand.
 */
export function ManualCopy({ id, label, text }: { id: string; label: string; text: string }) {
  const field = useRef<HTMLTextAreaElement>(null);
  useEffect(() => {
    field.current?.focus();
    field.current?.select();
  }, []);
  return (
    <p className="copy-link__manual">
      <label htmlFor={id}>{label}</label>
      <textarea
        id={id}
        ref={field}
        readOnly
        rows={text.split('\n').length + 2}
        value={text}
        onFocus={(event) => event.currentTarget.select()}
      />
    </p>
  );
}
