import { useLayoutEffect, useRef } from 'react';

/**
 * On every change of page (not on first load) moves focus to the new `h1`,
 * which screen readers announce: the page change is heard once, by its heading;
 * or, back from a Change, to the element marked `data-return-focus`.
 * Like every focus move that follows an action it runs in a layout effect, so
 * focus lands in the same commit that shows the element, even after an async
 * submit (a page opened from its URL focuses with `useFocusOnArrival`).
 */
export function useViewFocus(pageKey: string): void {
  const previous = useRef(pageKey);
  useLayoutEffect(() => {
    if (previous.current === pageKey) return;
    previous.current = pageKey;
    // Back from a Change: focus returns to the Change button used, scrolled into view with it.
    const returning = document.querySelector<HTMLElement>('main [data-return-focus]');
    if (returning) {
      // jsdom has no scrollIntoView.
      if (typeof returning.scrollIntoView === 'function')
        returning.scrollIntoView({ block: 'center' });
      returning.focus({ preventScroll: true });
      return;
    }
    const heading = document.querySelector<HTMLElement>('main h1');
    if (!heading) return;
    // Headings are not focusable by default; -1 keeps them out of the Tab order.
    if (!heading.hasAttribute('tabindex')) heading.setAttribute('tabindex', '-1');
    // A new page starts at its top, header and Back link in view, not where the last one was left.
    window.scrollTo(0, 0);
    heading.focus({ preventScroll: true });
  }, [pageKey]);
}
