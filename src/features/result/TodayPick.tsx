import {
  CANDIDATES,
  FACTS,
  TODAY_AS_OF,
  type FactId,
  type TodayRecommendation,
} from '../../../rules';
import { formatMonth } from '../../components/format';

/** The distinct sources of `factIds`, in order, one link each. */
function sourcesOf(factIds: readonly FactId[]) {
  const byUrl = new Map(factIds.map((id) => [FACTS[id].source.url, FACTS[id]]));
  return [...byUrl.values()];
}

/**
 * Today's pick beside the article's: a maintained system, its one-line why
 * (for a discontinued article pick, what carries it on), and the dated
 * sources behind it.
 * Never the article's words.
 */
export function TodayPick({ today }: { today: TodayRecommendation }) {
  const candidate = CANDIDATES[today.top];
  const [strongest] = today.ranking[0]?.reasonsFor ?? [];
  const { heir } = today;
  // Where the article's pick is discontinued, say what carries it on. When that is today's
  // pick itself, the heir's line is the why (the pick's own why is first in today's ranking).
  const heirLine = heir.articlePickMaintained ? undefined : heir;
  const why = heirLine?.heir === today.top ? heirLine.summary : today.why;
  const facts = sourcesOf([
    ...(strongest ? [strongest.factId] : []),
    ...(heirLine ? heirLine.factIds : []),
  ]);
  return (
    <section className="today today-pick" aria-labelledby="today-pick-heading">
      <h2 id="today-pick-heading" className="today-pick__heading">
        <span className="result__kicker">What to run today:</span>{' '}
        <span className="today-pick__name">{candidate.name}</span>
      </h2>
      <p className="today-pick__why">
        <span className="tag tag--good">Maintained</span> {why}
      </p>
      {heirLine && heirLine.heir !== today.top && (
        <p className="today-pick__heir">{heirLine.summary}</p>
      )}
      <p className="muted today-pick__sources">
        Not from the article: facts as of {formatMonth(TODAY_AS_OF)}. Sources:{' '}
        {facts.map((fact, index) => (
          <span key={fact.source.url}>
            {index > 0 && ', '}
            <a href={fact.source.url}>{fact.source.title}</a>
          </span>
        ))}
        .
      </p>
    </section>
  );
}
