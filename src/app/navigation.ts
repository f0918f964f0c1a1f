import { firstQuestion } from '../features/wizard/steps';
import { searchFor, type HistoryEntry } from './historyEntry';
import { SCENARIOS_SEARCH } from './routes';

/*
 * Navigation inside the app never reloads the page: what a tab keeps in memory
 * (scenarios a full or missing storage could not hold) must outlive a click on
 * the app's own links. A move pushes a history entry and then sends the same
 * `popstate` that Back and Forward send, so every page follows one path.
 */

/**
 * Goes to `search` on this page's own path without a reload. The same URL
 * again replaces its entry, as a browser does, so Back is not a no-op.
 */
export function navigate(search: string, state: unknown = null): void {
  const url = `${window.location.pathname}${search}`;
  if (search === window.location.search) window.history.replaceState(state, '', url);
  else window.history.pushState(state, '', url);
  window.dispatchEvent(new PopStateEvent('popstate', { state }));
}

/** Opens the saved scenarios: a page of its own, so Back returns to where the person was. */
export function openScenarios(): void {
  navigate(SCENARIOS_SEARCH);
}

/** Starts the interview afresh at its first question; saved scenarios are kept. */
export function openStart(): void {
  const at = { view: 'question', question: firstQuestion({}), returnTo: null } as const;
  const entry: HistoryEntry = { app: 'k8s-os-advisor', search: searchFor({}, at), answers: {}, at };
  navigate(entry.search, entry);
}

/**
 * Follows a plain left click on a link to another page of this app without a
 * reload. Links stay real `<a href>`, so opening one in a new tab still works;
 * modified clicks, other targets, downloads, other origins and in-page
 * `#anchors` are left to the browser.
 */
export function followInAppLink(event: MouseEvent): void {
  if (event.defaultPrevented || event.button !== 0) return;
  if (event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
  const link = event.target instanceof Element ? event.target.closest('a[href]') : null;
  if (!(link instanceof HTMLAnchorElement)) return;
  if ((link.target !== '' && link.target !== '_self') || link.hasAttribute('download')) return;
  const url = new URL(link.href);
  const here = window.location;
  if (url.origin !== here.origin || url.pathname !== here.pathname) return;
  if (url.hash !== '' && url.search === here.search) return;
  event.preventDefault();
  navigate(url.search);
}
