import { OUTCOMES, type RankedOutcome, type Reason } from '../../../rules';
import { QuotedFrom } from './ArticleQuote';
import { Fold } from './Fold';
import { AGAINST_PLACE, reasonPlace, type QuotedAt } from './quotePlan';
import { ReasonItem } from './ReasonItem';

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
          <ReasonItem
            key={reason.id}
            quote={{ passageId: reason.passageId, here: reasonPlace(index), quotedAt }}
          >
            {index === 0 && reason.summary === why ? (
              'The line under the heading rests on:'
            ) : (
              <>
                <Voice reason={reason} />
                {reason.summary}
              </>
            )}
          </ReasonItem>
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
              <ReasonItem key={reason.id}>
                <Voice reason={reason} />
                {reason.summary}{' '}
                <span className="muted">(The passage of {quotedAt.get(reason.passageId)}.)</span>
              </ReasonItem>
            ))}
          </ul>
        </Fold>
      )}
      {outcome.reasonsAgainst.length > 0 && (
        <Fold title="What counts against it" hint={`(${outcome.reasonsAgainst.length})`}>
          <ul className="result__reasons">
            {outcome.reasonsAgainst.map((reason) => (
              <ReasonItem
                key={reason.id}
                quote={{ passageId: reason.passageId, here: AGAINST_PLACE, quotedAt }}
              >
                <Voice reason={reason} />
                {reason.summary}
              </ReasonItem>
            ))}
          </ul>
        </Fold>
      )}
    </section>
  );
}
