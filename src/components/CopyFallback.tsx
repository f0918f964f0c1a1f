import { useLayoutEffect, useId, useRef } from 'react';

/** A read-only field holding `text`, selected on show so Ctrl+C / ⌘C copies it. */
export function CopyFallback({
  label,
  text,
  multiline,
}: {
  label: string;
  text: string;
  multiline: boolean;
}) {
  const id = useId();
  const field = useRef<HTMLInputElement & HTMLTextAreaElement>(null);
  useLayoutEffect(() => {
    field.current?.focus();
    field.current?.select();
  }, [text]);
  return (
    <div className="copy-fallback">
      <label htmlFor={id}>{label}</label>
      {multiline ? (
        <textarea
          id={id}
          ref={field}
          readOnly
          value={text}
          rows={10}
          onFocus={(e) => e.currentTarget.select()}
        />
      ) : (
        <input
          id={id}
          ref={field}
          type="text"
          readOnly
          value={text}
          onFocus={(e) => e.currentTarget.select()}
        />
      )}
    </div>
  );
}
