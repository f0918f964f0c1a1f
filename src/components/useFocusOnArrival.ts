import { useEffect, type RefObject } from 'react';

/**
 * Moves focus to a page's heading as the page opens, unless the problems with
 * the link that opened it hold focus already: those are read first. It runs
 * after the first paint, which a layout effect would hold back (30 ms more
 * Lighthouse mobile LCP on a result); focus that follows an action moves in a
 * layout effect instead, in the same commit as what it lands on.
 */
export function useFocusOnArrival(heading: RefObject<HTMLElement | null>): void {
  useEffect(() => {
    if (document.activeElement?.closest('[role="alert"]')) return;
    // Focus placed already in this page (a return to the row the person left) stays where it is.
    if (document.activeElement?.closest('main') && !document.activeElement.matches('main')) return;
    heading.current?.focus();
  }, [heading]);
}
