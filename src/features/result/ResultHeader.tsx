import { useEffect, useRef } from 'react';
import { OUTCOMES, type Recommendation } from '../../../rules';
import { useDocumentTitle } from '../../components/useDocumentTitle';

/** The top pick as the page's `h1`, with a one-line why; takes focus and names the tab. */
export function ResultHeader({ recommendation }: { recommendation: Recommendation }) {
  const heading = useRef<HTMLHeadingElement>(null);
  const name = OUTCOMES[recommendation.top].name;
  useDocumentTitle(`Recommendation: ${name}`);
  useEffect(() => {
    // Screen reader and keyboard users start at the answer, not at the top of the page.
    heading.current?.focus();
  }, []);
  return (
    <header className="result__header">
      <p className="result__kicker">Recommended for your Kubernetes nodes</p>
      <h1 id="result-heading" tabIndex={-1} ref={heading}>
        {name}
      </h1>
      <p className="lead">{recommendation.why}</p>
    </header>
  );
}
