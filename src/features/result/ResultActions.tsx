import { useId, useLayoutEffect, useRef, useState, type ReactNode } from 'react';
import type { Answers, Recommendation, TodayRecommendation } from '../../../rules';
import { copyText } from '../../components/clipboard';
import { CopyFallback } from '../../components/CopyFallback';

/** Props of {@link ResultActions}. */
interface ResultActionsProps {
  readonly answers: Answers;
  readonly recommendation: Recommendation;
  readonly today: TodayRecommendation;
  readonly shareUrl: string;
  readonly onStartOver: () => void;
  readonly extraActions?: ReactNode;
}

/** Text the person can copy by hand when the clipboard is out of reach. */
interface Fallback {
  readonly label: string;
  readonly text: string;
  readonly multiline: boolean;
}

/**
 * One primary action, Copy link, then any extra actions (Save as scenario);
 * the rarer ones (Markdown, print, start over) grouped under "More actions"
 * so they do not push the why below a phone's first screen. Every outcome is
 * announced in a polite status region.
 */
export function ResultActions(props: ResultActionsProps) {
  const { answers, recommendation, today, shareUrl, onStartOver, extraActions } = props;
  const menuId = useId();
  const [message, setMessage] = useState('');
  const [fallback, setFallback] = useState<Fallback | undefined>(undefined);

  // The message sits below the buttons: on a narrow screen it would be out of sight.
  const status = useRef<HTMLParagraphElement>(null);
  useLayoutEffect(() => {
    if (message && typeof status.current?.scrollIntoView === 'function')
      status.current.scrollIntoView({ block: 'nearest' });
  }, [message]);

  async function copy(text: string, what: 'link' | 'Markdown summary', multiline: boolean) {
    if (await copyText(text)) {
      setFallback(undefined);
      setMessage(`${what === 'link' ? 'Link' : what} copied to the clipboard.`);
    } else {
      setFallback({ label: `The ${what}`, text, multiline });
      setMessage(
        `Could not reach the clipboard. The ${what} is selected below: copy it with Ctrl+C or ⌘C.`,
      );
    }
  }

  async function copyMarkdown() {
    // Loaded on demand: most visits never export, so the builder stays out of the first download.
    const { resultMarkdown } = await import('./markdown');
    await copy(
      resultMarkdown({ answers, recommendation, today, shareUrl, date: new Date() }),
      'Markdown summary',
      true,
    );
  }

  return (
    <div className="result-actions no-print">
      <h2 className="visually-hidden">Share, save or export</h2>
      <div className="button-row">
        {/* The one primary action: the result lives in its link, so sharing it needs nothing stored. */}
        <button type="button" className="button" onClick={() => void copy(shareUrl, 'link', false)}>
          Copy link
        </button>
        {extraActions}
        <details className="menu" aria-labelledby={menuId}>
          <summary className="button button--secondary" id={menuId}>
            More actions
          </summary>
          <div className="menu__items">
            <button
              type="button"
              className="button button--secondary"
              onClick={() => void copyMarkdown()}
            >
              Copy as Markdown
            </button>
            <button
              type="button"
              className="button button--secondary"
              onClick={() => window.print()}
            >
              Print
            </button>
            <button type="button" className="button button--secondary" onClick={onStartOver}>
              Start over
            </button>
          </div>
        </details>
      </div>
      <p className="result-actions__status" role="status" ref={status}>
        {message}
      </p>
      {fallback && <CopyFallback {...fallback} />}
    </div>
  );
}
