/**
 * Moves focus to a page's heading as the page opens, unless the problems
 * with the link that opened it hold focus already: those are read first.
 */
export function focusOnArrival(heading: HTMLElement | null): void {
  if (document.activeElement?.closest('[role="alert"]')) return;
  heading?.focus();
}
