import type { Picks } from './comparison';
import { outcomeName } from './comparison';

/** The article's two strongest reasons for its pick, and its full ranking folded below them. */
export function ReasonsCompared({ picks }: { picks: Picks }) {
  const { ranking, top } = picks.article;
  return (
    <div className="compare-card__reasons">
      <p className="compare-card__label">Why the article picks {outcomeName(top)}</p>
      <ul>
        {(ranking[0]?.reasonsFor ?? []).slice(0, 2).map((reason) => (
          <li key={reason.id}>{reason.summary}</li>
        ))}
      </ul>
      <details>
        <summary>The article’s ranking of all six</summary>
        <ol>
          {ranking.map((o) => (
            <li key={o.os}>
              {outcomeName(o.os)}
              {o.blocked && <span className="muted"> (ruled out)</span>}
            </li>
          ))}
        </ol>
      </details>
    </div>
  );
}
