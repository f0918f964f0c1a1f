import { lazy, Suspense, useState } from 'react';
import type { Answers } from '../../../rules';

// The form and the store load on the first click: a result needs neither to show.
const SavePanel = lazy(() => import('./SavePanel'));

/** Props of {@link SaveScenario}. */
export interface SaveScenarioProps {
  /** The complete answers of the result being shown. */
  readonly answers: Answers;
  /** Starts the interview again; saved scenarios are kept. */
  readonly onStartOver: () => void;
  /** Opens the saved scenarios to compare them; no button without it. */
  readonly onOpenScenarios?: () => void;
}

/**
 * "Save as scenario" for the result page's actions: opens a short form with
 * a name (suggested from the answers), announces the save, then offers
 * "Start over to compare" and the saved scenarios.
 */
export function SaveScenario(props: SaveScenarioProps) {
  const [started, setStarted] = useState(false);
  const opener = (
    <button
      type="button"
      className="button button--secondary"
      disabled={started}
      onClick={() => setStarted(true)}
    >
      Save as scenario
    </button>
  );
  if (!started) return opener;
  return (
    <Suspense fallback={opener}>
      <SavePanel {...props} />
    </Suspense>
  );
}
