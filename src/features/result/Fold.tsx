import { Suspense, useId, type ReactNode } from 'react';

/** Props of {@link Fold}. */
interface FoldProps {
  /** What the summary says: the name of the detail behind it. */
  readonly title: string;
  /** A few words after the title, e.g. "1 ruled out": what is inside before opening it. */
  readonly hint?: string | undefined;
  readonly className?: string | undefined;
  readonly children: ReactNode;
}

/**
 * A detail the person opens on demand: a native `<details>`, so the browser
 * gives the summary its keyboard (Enter, Space) and announces whether it is
 * expanded. The body may be lazy: it loads behind the closed fold, never
 * moving what is on screen.
 */
export function Fold({ title, hint, className, children }: FoldProps) {
  const id = useId();
  return (
    <details className={className ? `fold ${className}` : 'fold'} aria-labelledby={id}>
      <summary className="fold__summary">
        <span id={id} className="fold__title">
          {title}
        </span>
        {hint && <span className="fold__hint"> {hint}</span>}
      </summary>
      <div className="fold__body">
        <Suspense fallback={<p className="muted">Loading…</p>}>{children}</Suspense>
      </div>
    </details>
  );
}
