import { useEffect, useRef, type RefObject } from 'react';

const TITLE_SUFFIX = / – K8s OS Advisor$/;

/**
 * On every change of page (not on first load) moves focus to the new `h1`
 * and announces the page's title. Returns the ref for the polite live region
 * that speaks it; attach it to an always-present element.
 */
export function useViewFocus(pageKey: string): RefObject<HTMLDivElement | null> {
  const previous = useRef(pageKey);
  const announcer = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (previous.current === pageKey) return;
    previous.current = pageKey;
    const heading = document.querySelector<HTMLElement>('main h1');
    if (heading) {
      // Headings are not focusable by default; -1 keeps them out of the Tab order.
      if (!heading.hasAttribute('tabindex')) heading.setAttribute('tabindex', '-1');
      heading.focus();
    }
    // Titles are set in the pages' own effects, which run before this parent effect.
    const region = announcer.current;
    if (region) region.textContent = document.title.replace(TITLE_SUFFIX, '');
  }, [pageKey]);
  return announcer;
}
