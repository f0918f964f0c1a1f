import { Suspense, useEffect, useId, useState, type ReactNode } from 'react';

/** Props of {@link Fold}. */
interface FoldProps {
  /** What the summary says: the name of the detail behind it. */
  readonly title: string;
  /** A few words after the title, e.g. "1 ruled out": what is inside before opening it. */
  readonly hint?: string | undefined;
  readonly className?: string | undefined;
  /**
   * The body loads on demand (a lazy chunk): it is rendered once the browser
   * is idle, or at once when the fold is opened, so its request never
   * competes with the page's first paint.
   */
  readonly lazy?: boolean;
  readonly children: ReactNode;
}

/** Calls `then` once the browser is idle; returns the cancel. */
function whenIdle(then: () => void): () => void {
  if (typeof requestIdleCallback === 'function') {
    const id = requestIdleCallback(then);
    return () => cancelIdleCallback(id);
  }
  const id = setTimeout(then, 0);
  return () => clearTimeout(id);
}

/**
 * A detail the person opens on demand: a native `<details>`, so the browser
 * gives the summary its keyboard (Enter, Space) and announces whether it is
 * expanded. The body may be lazy: it loads behind the closed fold, never
 * moving what is on screen.
 */
export function Fold({ title, hint, className, lazy = false, children }: FoldProps) {
  const id = useId();
  const [load, setLoad] = useState(!lazy);
  const loading = <p className="muted">Loading…</p>;
  useEffect(() => (load ? undefined : whenIdle(() => setLoad(true))), [load]);
  return (
    <details
      className={className ? `fold ${className}` : 'fold'}
      aria-labelledby={id}
      onToggle={() => setLoad(true)}
    >
      <summary className="fold__summary">
        <span id={id} className="fold__title">
          {title}
        </span>
        {hint && <span className="fold__hint"> {hint}</span>}
      </summary>
      <div className="fold__body">
        <Suspense fallback={loading}>{load ? children : loading}</Suspense>
      </div>
    </details>
  );
}
