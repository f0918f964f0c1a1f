/** The saved-scenarios page, on this page's own path (works under any base path). */
export const SCENARIOS_SEARCH = '?view=scenarios';

/** True when the current URL asks for the saved-scenarios page. */
export function isScenariosPage(search: string): boolean {
  return new URLSearchParams(search).get('view') === 'scenarios';
}

/** Opens the saved scenarios: a page of its own, so Back returns to the result. */
export function openScenarios(): void {
  window.location.assign(`${window.location.pathname}${SCENARIOS_SEARCH}`);
}

/** Opens the landing view afresh; saved scenarios are kept. */
export function openStart(): void {
  window.location.assign(window.location.pathname);
}
