import { OUTCOMES, type RankedOutcome } from '../../../rules';
import { Quote } from '../../components/Quote';

/** Why the top pick: each reason in our words, then the article's own. */
export function Reasons({ outcome }: { outcome: RankedOutcome }) {
  const name = OUTCOMES[outcome.os].name;
  return (
    <section aria-labelledby="reasons-heading">
      <h2 id="reasons-heading">Why {name}</h2>
      <p className="muted section-intro">
        In the article’s words: each reason below quotes the 2019 article.
      </p>
      <ol className="result__reasons">
        {outcome.reasonsFor.map((reason) => (
          <li key={reason.id}>
            <p className="result__reason">{reason.summary}</p>
            <Quote passageId={reason.passageId} />
          </li>
        ))}
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
