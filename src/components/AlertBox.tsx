import { useLayoutEffect, useRef, type ReactNode } from 'react';

/** Props of {@link AlertBox}. */
interface AlertBoxProps {
  readonly className: string;
  /** The heading's id, which labels the alert. */
  readonly headingId: string;
  readonly heading: ReactNode;
  /** Focus returns to the box whenever this changes (a failed submit); without it, only when it appears. */
  readonly focusKey?: unknown;
  readonly children: ReactNode;
}

/**
 * A `role="alert"` box, labelled by its heading, that takes focus when it
 * appears so it is read before the page it sits on (the GOV.UK error
 * summary's way). The share-link problems and the wizard's error summary.
 */
export function AlertBox({ className, headingId, heading, focusKey, children }: AlertBoxProps) {
  const box = useRef<HTMLDivElement>(null);
  useLayoutEffect(() => {
    box.current?.focus();
  }, [focusKey]);
  return (
    <div className={className} role="alert" aria-labelledby={headingId} tabIndex={-1} ref={box}>
      <h2 id={headingId}>{heading}</h2>
      {children}
    </div>
  );
}
