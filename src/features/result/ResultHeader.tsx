import { useRef } from 'react';
import { OUTCOMES, type Recommendation, type TodayRecommendation } from '../../../rules';
import { useDocumentTitle } from '../../components/useDocumentTitle';
import { useFocusOnArrival } from '../../components/useFocusOnArrival';
import { PickState } from './PickState';

/**
 * The article's pick as the page's `h1`, with its one-line why and its state
 * today; takes focus and names the tab.
 */
export function ResultHeader({
  recommendation,
  today,
}: {
  recommendation: Recommendation;
  today: TodayRecommendation;
}) {
  const heading = useRef<HTMLHeadingElement>(null);
  const outcome = OUTCOMES[recommendation.top];
  useDocumentTitle(`Recommendation: ${outcome.name}`);
  // Screen reader and keyboard users start at the answer, not at the top of the page.
  useFocusOnArrival(heading);
  return (
    <header className="result__header">
      <p className="result__kicker">The 2019 article’s pick</p>
      <h1 id="result-heading" tabIndex={-1} ref={heading}>
        {outcome.name}
      </h1>
      <p className="result__why">
        {recommendation.ranking[0]?.reasonsFor[0]?.voice === 'ours' && (
          <span className="voice">Our reading: </span>
        )}
        {recommendation.why}
      </p>
      <PickState status={outcome.status} today={today} />
    </header>
  );
}
