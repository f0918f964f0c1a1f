import { OUTCOMES, type RankedOutcome } from '../../../rules';
import { Quote } from '../../components/Quote';
import { sameQuoteAs } from './sameQuote';

/** Why the top pick: each reason in our words, then the article's own. */
export function Reasons({ outcome }: { outcome: RankedOutcome }) {
  const name = OUTCOMES[outcome.os].name;
  const quotedAt = sameQuoteAs(outcome.reasonsFor);
  return (
    <section aria-labelledby="reasons-heading">
      <h2 id="reasons-heading">Why {name}</h2>
      <p className="muted section-intro">
        In the article’s words: each reason below rests on a passage of the 2019 article, quoted.
      </p>
      <ol className="result__reasons">
        {outcome.reasonsFor.map((reason, index) => {
          const earlier = quotedAt[index];
          return (
            <li key={reason.id}>
              <p className="result__reason">{reason.summary}</p>
              {earlier === undefined ? (
                <Quote passageId={reason.passageId} />
              ) : (
                <p className="muted">The same passage as reason {earlier}, quoted above.</p>
              )}
            </li>
          );
        })}
      </ol>
      {outcome.reasonsAgainst.length > 0 && (
        <>
          <h3>What counts against it</h3>
          <ul className="result__reasons">
            {outcome.reasonsAgainst.map((reason) => (
              <li key={reason.id}>
                <p className="result__reason">{reason.summary}</p>
                <Quote passageId={reason.passageId} />
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
