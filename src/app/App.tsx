import { useActorRef, useSelector } from '@xstate/react';
import { useCallback, useState } from 'react';
import { Landing } from '../features/landing/Landing';
import { ShareProblems } from '../features/share/ShareProblems';
import { wizardMachine } from '../features/wizard/machine';
import { placeKey, selectPlace } from '../features/wizard/selectors';
import { openWizard } from './historyEntry';
import { Layout } from './Layout';
import { useUrlSync } from './useUrlSync';
import { useViewFocus } from './useViewFocus';
import { WizardPages } from './WizardPages';

/**
 * The app shell: opens the wizard where the URL says, keeps the URL in step,
 * and shows the page for the wizard's state.
 */
export function App() {
  const [opening] = useState(openWizard);
  const actorRef = useActorRef(wizardMachine, { snapshot: opening.snapshot });
  const pageKey = useSelector(actorRef, (snapshot) => placeKey(selectPlace(snapshot)));
  // Problems with the opened URL stay on screen until the person moves on.
  const [problems, setProblems] = useState(opening.problems);
  const clearProblems = useCallback(() => setProblems([]), []);
  useUrlSync(actorRef, clearProblems);
  const announcer = useViewFocus(pageKey);

  return (
    <Layout>
      <ShareProblems problems={problems} />
      {pageKey === 'landing' ? (
        <Landing onStart={() => actorRef.send({ type: 'wizard.start' })} />
      ) : (
        <WizardPages actorRef={actorRef} />
      )}
      <div className="visually-hidden" role="status" aria-live="polite" ref={announcer} />
    </Layout>
  );
}
