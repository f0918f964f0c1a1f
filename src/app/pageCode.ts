import { useEffect, useRef } from 'react';

/*
 * The code of the interview pages that is loaded on demand: a question (with
 * react-hook-form) and the result (with both lenses' rules). The page a link
 * opens has its code fetched beside the entry script, by the page hint that
 * build/index-html.ts writes into index.html; the rest by usePrefetchPages.
 */

/** A promise that records how it settled, the way React's `use` reads it. */
type Recorded<T> = Promise<T> & { status?: 'fulfilled' | 'rejected'; value?: T; reason?: unknown };

/**
 * Loads a page's code once. Its promise records its outcome, so once the code
 * is here `use` renders the page at once, in the same commit, with no fallback
 * (and the focus moves that follow an action land on it).
 */
function onDemand<T>(load: () => Promise<T>): () => Promise<T> {
  let loading: Recorded<T> | undefined;
  return () => {
    if (loading) return loading;
    const promise: Recorded<T> = load();
    promise.then(
      (value) => Object.assign(promise, { status: 'fulfilled', value }),
      (reason: unknown) => Object.assign(promise, { status: 'rejected', reason }),
    );
    loading = promise;
    return promise;
  };
}

/** A question page's code. */
export const questionCode = onDemand(() => import('../features/wizard/QuestionStep'));

/** The result page's code. */
export const resultCode = onDemand(() => import('../features/result/ResultPage'));

/**
 * What says the person has started to use the page: a pointer over it or on
 * it, a key. Not focus: the page itself moves focus to its heading as it opens.
 */
const FIRST_TOUCH = ['pointerover', 'pointerdown', 'keydown'] as const;

/**
 * Fetches the code of the pages that may come next, never while the page
 * opened loads: a question's (every other page leads to one: Start, a Change)
 * as soon as the person starts to use the page, the result's once they move
 * on from the page they opened.
 */
export function usePrefetchPages(pageKey: string): void {
  useEffect(() => {
    const stop = () => {
      for (const type of FIRST_TOUCH) document.removeEventListener(type, prefetch, true);
    };
    const prefetch = () => {
      stop();
      void questionCode();
    };
    for (const type of FIRST_TOUCH) document.addEventListener(type, prefetch, true);
    return stop;
  }, []);
  const opened = useRef(pageKey);
  useEffect(() => {
    if (pageKey !== opened.current) void resultCode();
  }, [pageKey]);
}
