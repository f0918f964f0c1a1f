import { OUTCOMES, type RankedOutcome } from '../../../rules';
import { QuotedFrom } from './ArticleQuote';
import { QuoteOnce } from './QuoteOnce';
import { AGAINST_PLACE, reasonPlace, type QuotedAt } from './quotePlan';

/**
 * Why the article's pick: each reason in our words (marked "Our reading"
 * where it is our reading of the answers, not the article's verdict), then
 * the passage it rests on. The first reason is the line under the heading,
 * so it is not said twice: only its passage follows.
 */
export function Reasons({
  outcome,
  why,
  quotedAt,
}: {
  outcome: RankedOutcome;
  why: string;
  quotedAt: QuotedAt;
}) {
  const name = OUTCOMES[outcome.os].name;
  return (
    <section aria-labelledby="reasons-heading">
      <h2 id="reasons-heading">Why {name}, in the article’s words</h2>
      <QuotedFrom />
      <ol className="result__reasons">
        {outcome.reasonsFor.map((reason, index) => (
          <li key={reason.id}>
            {index === 0 && reason.summary === why ? (
              <p className="result__reason">The line under the heading rests on:</p>
            ) : (
              <p className="result__reason">
                {reason.voice === 'ours' && <span className="voice">Our reading: </span>}
                {reason.summary}
              </p>
            )}
            <QuoteOnce passageId={reason.passageId} here={reasonPlace(index)} quotedAt={quotedAt} />
          </li>
        ))}
      </ol>
      {outcome.reasonsAgainst.length > 0 && (
        <>
          <h3>What counts against it</h3>
          <ul className="result__reasons">
            {outcome.reasonsAgainst.map((reason) => (
              <li key={reason.id}>
                <p className="result__reason">
                  {reason.voice === 'ours' && <span className="voice">Our reading: </span>}
                  {reason.summary}
                </p>
                <QuoteOnce passageId={reason.passageId} here={AGAINST_PLACE} quotedAt={quotedAt} />
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
