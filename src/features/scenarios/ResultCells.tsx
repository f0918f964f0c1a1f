import type { Recommendation } from '../../../rules';
import { outcomeName } from './comparison';

/** The ranking and the top pick's two strongest reasons, a row each, one cell per scenario. */
export function ResultCells({ results }: { results: readonly (Recommendation | undefined)[] }) {
  return (
    <>
      <tr>
        <th scope="row">Ranking</th>
        {results.map((r, i) => (
          <td key={i}>
            {r && (
              <ol className="compare__ranking">
                {r.ranking.map((o) => (
                  <li key={o.os}>
                    {outcomeName(o.os)}
                    {o.blocked && <span className="muted"> (ruled out)</span>}
                  </li>
                ))}
              </ol>
            )}
          </td>
        ))}
      </tr>
      <tr>
        <th scope="row">Strongest reasons</th>
        {results.map((r, i) => (
          <td key={i}>
            {r && (
              <ul className="compare__reasons">
                {(r.ranking[0]?.reasonsFor ?? []).slice(0, 2).map((reason) => (
                  <li key={reason.id}>{reason.summary}</li>
                ))}
              </ul>
            )}
          </td>
        ))}
      </tr>
    </>
  );
}
