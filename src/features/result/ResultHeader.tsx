import { useRef } from 'react';
import { OUTCOMES, type Recommendation, type StatusToday } from '../../../rules';
import { formatMonth } from '../../components/format';
import { useFocusOnArrival } from '../../components/useFocusOnArrival';
import { useDocumentTitle } from '../../components/useDocumentTitle';

/** The top pick as the page's `h1`, with a one-line why; takes focus and names the tab. */
export function ResultHeader({ recommendation }: { recommendation: Recommendation }) {
  const heading = useRef<HTMLHeadingElement>(null);
  const name = OUTCOMES[recommendation.top].name;
  useDocumentTitle(`Recommendation: ${name}`);
  // Screen reader and keyboard users start at the answer, not at the top of the page.
  useFocusOnArrival(heading);
  return (
    <header className="result__header">
      <p className="result__kicker">Recommended for your Kubernetes nodes</p>
      <h1 id="result-heading" tabIndex={-1} ref={heading}>
        {name}
      </h1>
      <p className="lead">{recommendation.why}</p>
      <TodayHint status={OUTCOMES[recommendation.top].status} />
    </header>
  );
}

/**
 * The pick's status today, up front: a 2019 pick may be discontinued, and the
 * person should know before reading the reasons.
 */
function TodayHint({ status }: { status: StatusToday }) {
  return (
    <p className="today result__today-hint">
      <strong>Status today ({formatMonth(status.asOf)}):</strong> {status.headline}.{' '}
      <a href="#today-heading">
        {status.alternatives.length > 0
          ? 'See the maintained alternatives and sources'
          : 'See the sources'}
      </a>
    </p>
  );
}
