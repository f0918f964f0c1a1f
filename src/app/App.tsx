import { useActorRef, useSelector } from '@xstate/react';
import { lazy, Suspense, useCallback, useState } from 'react';
import { Landing } from '../features/landing/Landing';
import { isCompareLink } from '../features/share/compareView';
import { ShareProblems } from '../features/share/ShareProblems';
import { wizardMachine } from '../features/wizard/machine';
import { placeKey, selectPlace } from '../features/wizard/selectors';
import { openWizard } from './historyEntry';
import { Layout } from './Layout';
import { isScenariosPage } from './navigation';
import { useUrlSync } from './useUrlSync';
import { useViewFocus } from './useViewFocus';
import { WizardPages } from './WizardPages';

// The scenario pages are not needed for the first screen of an interview or a result.
const ScenarioPages = lazy(() => import('./ScenarioPages'));

/** The app shell: the saved scenarios or a comparison when the URL asks for them, else the interview. */
export function App() {
  const [search] = useState(() => window.location.search);
  if (isCompareLink(search) || isScenariosPage(search)) {
    return (
      <Layout>
        <Suspense fallback={<p>Loading…</p>}>
          <ScenarioPages search={search} />
        </Suspense>
      </Layout>
    );
  }
  return <Interview />;
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
    <Layout>
      <ShareProblems problems={problems} />
      {pageKey === 'landing' ? (
        <Landing onStart={() => actorRef.send({ type: 'wizard.start' })} />
      ) : (
        <WizardPages actorRef={actorRef} />
      )}
    </Layout>
  );
}
