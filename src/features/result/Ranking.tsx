import { OUTCOMES, type RankedOutcome } from '../../../rules';
import { barWidths } from './scores';

/**
 * All six outcomes, best first, as a table: the score is written out and
 * drawn as a bar, and a ruled-out outcome says so in words, not colour alone.
 */
export function Ranking({ ranking }: { ranking: readonly RankedOutcome[] }) {
  const widths = barWidths(ranking);
  return (
    <section aria-labelledby="ranking-heading">
      <h2 id="ranking-heading">All six options, ranked</h2>
      <p className="muted section-intro">
        Each reason adds to or takes from an option’s score; an option with a blocking reason is
        ruled out whatever its score.
      </p>
      <div className="table-scroll">
        <table className="ranking">
          <caption className="visually-hidden">
            The six options ranked for your answers, with their scores
          </caption>
          <thead>
            <tr>
              <th scope="col">Rank</th>
              <th scope="col">Option</th>
              <th scope="col">Score</th>
            </tr>
          </thead>
          <tbody>
            {ranking.map((outcome, index) => (
              <tr
                key={outcome.os}
                className={outcome.blocked ? 'ranking__row--blocked' : undefined}
              >
                <td>{outcome.rank}</td>
                <th scope="row">
                  {OUTCOMES[outcome.os].name}
                  {index === 0 && <span className="tag tag--good ranking__tag">Top pick</span>}
                  {outcome.blocked && <span className="tag tag--bad ranking__tag">Ruled out</span>}
                </th>
                <td className="ranking__score">
                  <span className="ranking__number">{outcome.score}</span>
                  <span className="ranking__track" aria-hidden="true">
                    <span
                      className={
                        outcome.blocked ? 'ranking__bar ranking__bar--blocked' : 'ranking__bar'
                      }
                      style={{ width: `${widths.get(outcome.os) ?? 0}%` }}
                    />
                  </span>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
