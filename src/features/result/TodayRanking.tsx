import { CANDIDATES, FACTS, TODAY_AS_OF, type TodayRanked, type TodayReason } from '../../../rules';
import { formatMonth } from '../../components/format';

/** One of today's reasons, with the fact it rests on linked to its source. */
function FactReason({ reason }: { reason: TodayReason }) {
  const fact = FACTS[reason.factId];
  return (
    <li>
      {reason.kind === 'blocking' && <strong>Rules it out: </strong>}
      {reason.kind === 'against' && <strong>Against: </strong>}
      {reason.summary} <span className="muted">(source: </span>
      <a href={fact.source.url}>{fact.source.title}</a>
      <span className="muted">)</span>
    </li>
  );
}

/**
 * Today's ranking of the maintained systems, in order, each with its
 * maintainer and every reason for and against it, each resting on a dated,
 * sourced fact. No scores: the order and the reasons say it.
 */
export function TodayRanking({ ranking }: { ranking: readonly TodayRanked[] }) {
  return (
    <>
      <p className="muted">
        Not from the article: our reading of facts gathered in {formatMonth(TODAY_AS_OF)}, each
        linked to its source. All seven are maintained.
      </p>
      <ol className="ranking">
        {ranking.map((ranked) => {
          const candidate = CANDIDATES[ranked.candidate];
          return (
            <li
              key={ranked.candidate}
              className={ranked.blocked ? 'ranking__item--blocked' : undefined}
            >
              <p className="ranking__name">
                <strong>{candidate.name}</strong>
                {ranked.rank === 1 && <span className="tag tag--accent">Today’s pick</span>}
                {ranked.blocked && <span className="tag tag--bad">Ruled out</span>}
              </p>
              <p className="ranking__why muted">{candidate.maintainer}</p>
              <ul className="ranking__reasons">
                {[
                  ...ranked.reasonsAgainst.filter((r) => r.kind === 'blocking'),
                  ...ranked.reasonsFor,
                  ...ranked.reasonsAgainst.filter((r) => r.kind !== 'blocking'),
                ].map((reason) => (
                  <FactReason key={reason.id} reason={reason} />
                ))}
              </ul>
            </li>
          );
        })}
      </ol>
    </>
  );
}
