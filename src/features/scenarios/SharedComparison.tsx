import { useRef, useState, type ReactNode } from 'react';
import { CompareView } from './CompareView';
import { StorageProblemNotice } from './StorageProblemNotice';
import type { NamedAnswers } from '../../../rules';
import { useScenarios } from './useScenarioStore';
import { useFocusOnArrival } from '../../components/useFocusOnArrival';
import { useDocumentTitle } from '../../components/useDocumentTitle';
import './scenarios.css';

/** Props of {@link SharedComparison}. */
interface SharedComparisonProps {
  /** The complete scenarios read from the comparison link. */
  readonly scenarios: readonly NamedAnswers[];
  /** What was wrong with the link (the app shell passes `<ShareProblems problems={…} />`). */
  readonly problems?: ReactNode;
  /** This comparison's link, to copy again. */
  readonly shareUrl?: string;
  readonly onOpenScenarios?: () => void;
  readonly onStartOver?: () => void;
}

/** A comparison opened from a link: shown side by side, with an offer to save its scenarios here. */
export function SharedComparison(props: SharedComparisonProps) {
  const { scenarios, problems, shareUrl, onOpenScenarios, onStartOver } = props;
  const save = useScenarios((s) => s.save);
  const [saved, setSaved] = useState(false);
  useDocumentTitle('Compare scenarios');
  const heading = useRef<HTMLHeadingElement>(null);
  useFocusOnArrival(heading);

  function saveAll() {
    for (const s of scenarios) save(s.answers, s.name);
    setSaved(true);
  }

  return (
    <div className="scenarios">
      <h1 ref={heading} tabIndex={-1}>
        Compare scenarios
      </h1>
      {problems}
      <StorageProblemNotice />
      {scenarios.length >= 2 ? (
        <CompareView scenarios={scenarios} headingLevel={2} {...(shareUrl ? { shareUrl } : {})} />
      ) : (
        <p>
          Nothing to show side by side: answer the questions yourself, then save and compare your
          own scenarios.
        </p>
      )}
      <div className="button-row no-print">
        {scenarios.length > 0 && !saved && (
          <button type="button" className="button" onClick={saveAll}>
            {scenarios.length === 1
              ? 'Save this scenario'
              : `Save these ${scenarios.length} scenarios`}
          </button>
        )}
        {saved && onOpenScenarios && (
          <button type="button" className="button" onClick={onOpenScenarios}>
            See saved scenarios
          </button>
        )}
        {onStartOver && (
          <button type="button" className="button button--secondary" onClick={onStartOver}>
            Answer the questions yourself
          </button>
        )}
      </div>
      <p role="status" className="save-scenario__status">
        {saved
          ? `Saved ${scenarios.length === 1 ? '1 scenario' : `${scenarios.length} scenarios`} in this browser.`
          : ''}
      </p>
    </div>
  );
}
