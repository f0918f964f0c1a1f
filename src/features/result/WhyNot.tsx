import { OUTCOMES, type RankedOutcome } from '../../../rules';
import { Quote } from '../../components/Quote';
import { scoreComparison } from './scores';

/** "Why not X?" for every outcome but the top pick: blocking reasons first, each quoted. */
export function WhyNot({ ranking }: { ranking: readonly RankedOutcome[] }) {
  const [top, ...others] = ranking;
  if (!top) return null;
  return (
    <section aria-labelledby="why-not-heading">
      <h2 id="why-not-heading">Why not the others?</h2>
      {others.map((outcome) => (
        <WhyNotOne key={outcome.os} outcome={outcome} top={top} />
      ))}
    </section>
  );
}

function WhyNotOne({ outcome, top }: { outcome: RankedOutcome; top: RankedOutcome }) {
  const name = OUTCOMES[outcome.os].name;
  const headingId = `why-not-${outcome.os}`;
  return (
    <section className="why-not" aria-labelledby={headingId}>
      <h3 id={headingId}>
        Why not {name}?
        {outcome.blocked && <span className="tag tag--bad ranking__tag">Ruled out</span>}
      </h3>
      <p>
        {scoreComparison(outcome, top)}
        {outcome.reasonsAgainst.length > 0 && ' What counts against it:'}
      </p>
      {outcome.reasonsAgainst.length > 0 && (
        <ul className="result__reasons">
          {outcome.reasonsAgainst.map((reason) => (
            <li key={reason.id}>
              <p className="result__reason">
                {reason.kind === 'blocking' && <strong>Rules it out: </strong>}
                {reason.summary}
              </p>
              <Quote passageId={reason.passageId} />
            </li>
          ))}
        </ul>
      )}
      {outcome.reasonsFor.length > 0 && (
        <p className="muted">
          What speaks for it: {outcome.reasonsFor.map((reason) => reason.summary).join(' ')}
        </p>
      )}
    </section>
  );
}
