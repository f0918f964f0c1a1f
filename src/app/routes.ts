import { COMPARE_VIEW, VIEW_KEY, viewOf } from '../features/share/compareView';

/*
 * The app's route table: every page is a query string on the one
 * `index.html`, and `routeOf` is the one place that says which page a query
 * opens. Each route is built next to where it is read:
 * - the interview: `searchFor` and `readEntry` (`historyEntry.ts`) hold its
 *   answers and its place (landing, a question, review, the result);
 * - the saved scenarios, comparing some of them: `scenariosSearch` below;
 * - a shared comparison: `compareUrl` and `decodeCompareLink` (the share codec).
 */

/** A page of the app, with what its query string tells it. */
export type Route =
  | { readonly page: 'interview' }
  | { readonly page: 'scenarios'; readonly compared: readonly string[] }
  | { readonly page: 'compare'; readonly search: string };

/** The `view` value of the saved-scenarios page. */
const SCENARIOS_VIEW = 'scenarios';

/** The query key listing the saved scenarios being compared, by id, in order. */
const COMPARE_KEY = 'compare';

/** Which page a query string (with or without `?`) opens. */
export function routeOf(search: string): Route {
  const view = viewOf(search);
  if (view === COMPARE_VIEW) return { page: 'compare', search };
  if (view !== SCENARIOS_VIEW) return { page: 'interview' };
  return { page: 'scenarios', compared: new URLSearchParams(search).getAll(COMPARE_KEY) };
}

/** The saved-scenarios page comparing `ids` (none: the plain list). */
export function scenariosSearch(ids: readonly string[]): string {
  const query = new URLSearchParams([
    [VIEW_KEY, SCENARIOS_VIEW],
    ...ids.map((id) => [COMPARE_KEY, id]),
  ]);
  return `?${query.toString()}`;
}

/** The saved-scenarios page, on this page's own path (works under any base path). */
export const SCENARIOS_SEARCH = scenariosSearch([]);
