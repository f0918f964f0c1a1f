import { useId, useRef, useState } from 'react';

/**
 * "Copy comparison link": copies with the Clipboard API; where that is
 * refused, shows the link selected in a field to copy by hand. Announced
 * either way.
 */
export function CopyComparisonLink({ url }: { url: string }) {
  const [message, setMessage] = useState('');
  const [manual, setManual] = useState(false);
  const fieldId = useId();
  const field = useRef<HTMLInputElement>(null);

  async function copy() {
    try {
      if (!navigator.clipboard?.writeText) throw new Error('No clipboard');
      await navigator.clipboard.writeText(url);
      setManual(false);
      setMessage('Comparison link copied to the clipboard.');
    } catch {
      setManual(true);
      setMessage(
        'Could not reach the clipboard. The comparison link is selected below: copy it with Ctrl+C or ⌘C.',
      );
      // After render, so the field exists.
      requestAnimationFrame(() => field.current?.select());
    }
  }

  return (
    <div className="no-print">
      <div className="button-row">
        <button type="button" className="button" onClick={() => void copy()}>
          Copy comparison link
        </button>
      </div>
      <p role="status">{message}</p>
      {manual && (
        <p className="compare__manual">
          <label htmlFor={fieldId}>Comparison link</label>
          <input
            id={fieldId}
            ref={field}
            type="text"
            readOnly
            value={url}
            onFocus={(e) => e.currentTarget.select()}
          />
        </p>
      )}
    </div>
  );
}
