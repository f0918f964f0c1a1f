import { useEffect } from 'react';
import type { ActorRefFrom } from 'xstate';
import type { wizardMachine } from '../features/wizard/machine';
import { placeKey } from '../features/wizard/selectors';
import { entryFor, readEntry, urlOf, type HistoryEntry } from './historyEntry';
import { routeOf } from './routes';

/**
 * Keeps the URL in step with the interview, outside the machine: every new
 * page (question, review, result) pushes a history entry; browser Back and
 * Forward restore the entry's answers and view with `wizard.restore`, as do
 * the app's own links (`navigate` sends the same `popstate`).
 * `onNavigate` runs when the person moves to another page.
 */
export function useUrlSync(
  actorRef: ActorRefFrom<typeof wizardMachine>,
  onNavigate: () => void,
): void {
  useEffect(() => {
    let shown: HistoryEntry = entryFor(actorRef.getSnapshot());
    let popping = false;
    // The opened URL becomes canonical (bad parameters dropped) and gets its state.
    window.history.replaceState(shown, '', urlOf(shown));

    const subscription = actorRef.subscribe((snapshot) => {
      const next = entryFor(snapshot);
      if (popping || placeKey(next.at) === placeKey(shown.at)) {
        window.history.replaceState(next, '', urlOf(next));
      } else {
        // The page being left remembers the newest answers, so Back shows them selected.
        window.history.replaceState({ ...shown, answers: next.answers }, '', urlOf(shown));
        window.history.pushState(next, '', urlOf(next));
        onNavigate();
      }
      shown = next;
    });

    const onPopState = (event: PopStateEvent) => {
      // Following an in-page `#anchor` pops an entry with no state and the same query: not a step.
      if (event.state === null && window.location.search === shown.search) return;
      // Leaving for the saved scenarios or a comparison: the app shell swaps the page.
      if (routeOf(window.location.search).page !== 'interview') return;
      const { answers, at } = readEntry(window.location.search, event.state);
      popping = true;
      try {
        actorRef.send({ type: 'wizard.restore', answers, at });
      } finally {
        popping = false;
      }
      onNavigate();
    };
    window.addEventListener('popstate', onPopState);
    return () => {
      subscription.unsubscribe();
      window.removeEventListener('popstate', onPopState);
    };
  }, [actorRef, onNavigate]);
}
