import { useActorRef, useSelector } from '@xstate/react';
import { lazy, Suspense, useCallback, useLayoutEffect, useRef, useState } from 'react';
import { Landing } from '../features/landing/Landing';
import { ShareProblems } from '../features/share/ShareProblems';
import { wizardMachine } from '../features/wizard/machine';
import { placeKey, selectPlace } from '../features/wizard/selectors';
import { openWizard } from './historyEntry';
import { Layout } from './Layout';
import { pageOf } from './navigation';
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
  const page = pageOf(search);
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
      {page === 'interview' ? (
        <Interview />
      ) : (
        <Suspense fallback={<p className="page-loading">Loading…</p>}>
          <ScenarioPages search={search} />
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
  const pageKey = useSelector(actorRef, (snapshot) => placeKey(selectPlace(snapshot)));
  // Problems with the opened URL stay on screen until the person moves on.
  const [problems, setProblems] = useState(opening.problems);
  const clearProblems = useCallback(() => setProblems([]), []);
  useUrlSync(actorRef, clearProblems);
  useViewFocus(pageKey);

  return (
    <>
      <ShareProblems problems={problems} />
      {pageKey === 'landing' ? (
        <Landing onStart={() => actorRef.send({ type: 'wizard.start' })} />
      ) : (
        <WizardPages actorRef={actorRef} />
      )}
    </>
  );
}
