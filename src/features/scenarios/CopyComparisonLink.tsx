import { useState } from 'react';
import { copyText } from '../../components/clipboard';
import { CopyFallback } from '../../components/CopyFallback';

/**
 * "Copy comparison link": copies with the Clipboard API; where that is
 * refused, shows the link selected in a field to copy by hand. Announced
 * either way.
 */
export function CopyComparisonLink({ url }: { url: string }) {
  const [message, setMessage] = useState('');
  const [manual, setManual] = useState(false);

  async function copy() {
    const copied = await copyText(url);
    setManual(!copied);
    setMessage(
      copied
        ? 'Comparison link copied to the clipboard.'
        : 'Could not reach the clipboard. The comparison link is selected below: copy it with Ctrl+C or ⌘C.',
    );
  }

  return (
    <div className="no-print">
      <div className="button-row">
        <button type="button" className="button" onClick={() => void copy()}>
          Copy comparison link
        </button>
      </div>
      <p role="status">{message}</p>
      {manual && <CopyFallback label="Comparison link" text={url} multiline={false} />}
    </div>
  );
}
