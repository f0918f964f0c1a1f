import { OUTCOMES, type RankedOutcome } from '../../../rules';
import { MaintainedTag } from '../../components/StatusBits';
import { standing } from './standing';

/**
 * The article's six options in rank order, each with where it stands in
 * words (no bare scores: their weights are our ordering of the article's
 * signals, not a measure a reader could use) and its maintenance state.
 */
export function RankingList({ ranking }: { ranking: readonly RankedOutcome[] }) {
  const [top] = ranking;
  if (!top) return null;
  return (
    <ol className="ranking">
      {ranking.map((outcome) => {
        const { name, status } = OUTCOMES[outcome.os];
        return (
          <li key={outcome.os} className={outcome.blocked ? 'ranking__item--blocked' : undefined}>
            <p className="ranking__name">
              <strong>{name}</strong>{' '}
              {outcome.os === top.os && <span className="tag tag--accent">Article’s pick</span>}
              {outcome.blocked && <span className="tag tag--bad">Ruled out</span>}{' '}
              <MaintainedTag status={status} />
            </p>
            <p className="ranking__why">{standing(outcome, top)}</p>
          </li>
        );
      })}
    </ol>
  );
}
