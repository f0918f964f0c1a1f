import { OUTCOMES, type RankedOutcome, type Reason } from '../../../rules';
import { ArticleQuote, QuotedFrom } from './ArticleQuote';
import { Fold } from './Fold';
import { QuoteOnce } from './QuoteOnce';
import { AGAINST_PLACE, type QuotedAt } from './quotePlan';

/** "Our reading: " before a reason that is our reading of the answers, not the article's verdict. */
function Voice({ reason }: { reason: Reason }) {
  return reason.voice === 'ours' ? <span className="voice">Our reading: </span> : null;
}

/**
 * Why the article's pick: each reason that brings a passage of its own, in
 * our words, then that passage. The first is the line under the heading, so
 * it is not said twice. Reasons resting on a passage already quoted, and what
 * counts against the pick, are folded: detail on demand, nothing quoted twice.
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
  const own = outcome.reasonsFor.filter(
    (reason, index) =>
      outcome.reasonsFor.findIndex((r) => r.passageId === reason.passageId) === index,
  );
  const more = outcome.reasonsFor.filter((reason) => !own.includes(reason));
  return (
    <section aria-labelledby="reasons-heading">
      <h2 id="reasons-heading">Why {name}, in the article’s words</h2>
      <QuotedFrom />
      <ol className="result__reasons">
        {own.map((reason, index) => (
          <li key={reason.id}>
            {index === 0 && reason.summary === why ? (
              <p className="result__reason">The line under the heading rests on:</p>
            ) : (
              <p className="result__reason">
                <Voice reason={reason} />
                {reason.summary}
              </p>
            )}
            <ArticleQuote passageId={reason.passageId} />
          </li>
        ))}
      </ol>
      {more.length > 0 && (
        <Fold
          className="fold--screen-only"
          title="More reasons, on the passages above"
          hint={`(${more.length})`}
        >
          <ul className="result__reasons">
            {more.map((reason) => (
              <li key={reason.id}>
                <p className="result__reason">
                  <Voice reason={reason} />
                  {reason.summary}{' '}
                  <span className="muted">(The passage of {quotedAt.get(reason.passageId)}.)</span>
                </p>
              </li>
            ))}
          </ul>
        </Fold>
      )}
      {outcome.reasonsAgainst.length > 0 && (
        <Fold title="What counts against it" hint={`(${outcome.reasonsAgainst.length})`}>
          <ul className="result__reasons">
            {outcome.reasonsAgainst.map((reason) => (
              <li key={reason.id}>
                <p className="result__reason">
                  <Voice reason={reason} />
                  {reason.summary}
                </p>
                <QuoteOnce passageId={reason.passageId} here={AGAINST_PLACE} quotedAt={quotedAt} />
              </li>
            ))}
          </ul>
        </Fold>
      )}
    </section>
  );
}
