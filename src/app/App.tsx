import { useActorRef, useSelector } from '@xstate/react';
import { lazy, Suspense, useCallback, useLayoutEffect, useRef, useState } from 'react';
import { Landing } from '../features/landing/Landing';
import { ShareProblems } from '../features/share/ShareProblems';
import { wizardMachine } from '../features/wizard/machine';
import { sameView, selectView, viewKey } from '../features/wizard/selectors';
import { openWizard } from './historyEntry';
import { usePrefetchPages } from './pageCode';
import { Layout } from './Layout';
import { routeOf } from './routes';
import { useAppLocation } from './useAppLocation';
import { useUrlSync } from './useUrlSync';
import { useViewFocus } from './useViewFocus';
import { WizardPages } from './WizardPages';

// The scenario pages are not needed for the first screen of an interview or a result.
const ScenarioPages = lazy(() => import('./ScenarioPages'));

/**
 * The app shell: the saved scenarios or a comparison when the URL asks for
 * them, else the interview. Moving between them never reloads the page.
 */
export function App() {
  const search = useAppLocation();
  const route = routeOf(search);
  const { page } = route;
  const shown = useRef(page);
  useLayoutEffect(() => {
    if (shown.current === page) return;
    shown.current = page;
    // Another page starts at its top, its heading announced; within the interview useViewFocus
    // does the same, and a page still loading focuses its heading itself when it arrives.
    window.scrollTo(0, 0);
    const heading = document.querySelector<HTMLElement>('main h1');
    if (heading && !heading.hasAttribute('tabindex')) heading.setAttribute('tabindex', '-1');
    heading?.focus({ preventScroll: true });
  }, [page]);

  return (
    <Layout search={search}>
      {route.page === 'interview' ? (
        <Interview />
      ) : (
        <Suspense fallback={<p className="page-loading">Loading…</p>}>
          <ScenarioPages route={route} />
        </Suspense>
      )}
    </Layout>
  );
}

/**
 * The interview: opens the wizard where the URL says, keeps the URL in step,
 * and shows the page for the wizard's state.
 */
function Interview() {
  const [opening] = useState(openWizard);
  const actorRef = useActorRef(wizardMachine, { snapshot: opening.snapshot });
  // Compared, not the whole snapshot: a snapshot that changes nothing on screen renders nothing.
  const view = useSelector(actorRef, selectView, sameView);
  // Problems with the opened URL stay on screen until the person moves on.
  const [problems, setProblems] = useState(opening.problems);
  const clearProblems = useCallback(() => setProblems([]), []);
  useUrlSync(actorRef, clearProblems);
  const pageKey = viewKey(view);
  useViewFocus(pageKey);
  usePrefetchPages(pageKey);

  return (
    <>
      <ShareProblems problems={problems} />
      {view.kind === 'landing' ? (
        <Landing onStart={() => actorRef.send({ type: 'wizard.start' })} />
      ) : (
        <WizardPages view={view} actorRef={actorRef} />
      )}
    </>
  );
}
