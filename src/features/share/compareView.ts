/** The query key that names a page other than the interview (`view=compare`, `view=scenarios`). */
export const VIEW_KEY = 'view';

/** The `view` value that marks a comparison link. */
export const COMPARE_VIEW = 'compare';

/**
 * The view a query string (with or without `?`) asks for, the one place a
 * URL's `view` is read: a comparison wherever its `view=compare` stands (the
 * decoder reads such a link as one and reports the rest), else the first `view`.
 */
export function viewOf(search: string): string | undefined {
  const views = new URLSearchParams(search).getAll(VIEW_KEY);
  return views.includes(COMPARE_VIEW) ? COMPARE_VIEW : views[0];
}

/** Whether a query string (with or without `?`) asks for the compare view. */
export function isCompareLink(search: string): boolean {
  return viewOf(search) === COMPARE_VIEW;
}
