import { useLayoutEffect, useId, useRef, useState } from 'react';
import { MAX_COMPARED } from '../../components/scenarioLimits';
import { CompareView } from './CompareView';
import type { NamedAnswers } from '../../../rules';
import type { Scenario } from './types';

/** Props of {@link ComparedSection}. */
interface ComparedSectionProps {
  /** Ids ticked for comparison, in the order they were ticked. */
  readonly chosen: readonly string[];
  /** The scenarios being compared now. */
  readonly compared: readonly Scenario[];
  readonly onCompare: (ids: readonly string[]) => void;
  readonly comparisonLink: (scenarios: readonly NamedAnswers[]) => string;
}

/** The "Compare" button, its error when fewer than two or more than four are ticked, and the comparison. */
export function ComparedSection({
  chosen,
  compared,
  onCompare,
  comparisonLink,
}: ComparedSectionProps) {
  const [error, setError] = useState('');
  const id = useId();
  const heading = useRef<HTMLHeadingElement>(null);
  const [shown, setShown] = useState(0);
  useLayoutEffect(() => {
    if (shown > 0) heading.current?.focus();
  }, [shown]);

  function compare() {
    if (chosen.length < 2 || chosen.length > MAX_COMPARED) {
      setError(
        `Tick between 2 and ${MAX_COMPARED} scenarios to compare; ${chosen.length} ${chosen.length === 1 ? 'is' : 'are'} ticked.`,
      );
      return;
    }
    setError('');
    onCompare(chosen);
    setShown((n) => n + 1);
  }

  return (
    <section aria-labelledby={compared.length >= 2 ? `${id}-heading` : undefined}>
      <div className="button-row">
        <button
          type="button"
          className="button"
          onClick={compare}
          aria-describedby={error ? `${id}-error` : undefined}
        >
          Compare ticked scenarios
        </button>
      </div>
      <div role="alert">
        {error && (
          <p className="field-error" id={`${id}-error`}>
            {error}
          </p>
        )}
      </div>
      <h2 id={`${id}-heading`} ref={heading} tabIndex={-1} hidden={compared.length < 2}>
        Comparison
      </h2>
      {compared.length >= 2 && (
        <CompareView scenarios={compared} shareUrl={comparisonLink(compared)} headingLevel={3} />
      )}
    </section>
  );
}
