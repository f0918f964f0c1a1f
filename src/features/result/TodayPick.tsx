import { CANDIDATES, TODAY_AS_OF, factSources, type TodayRecommendation } from '../../../rules';
import { formatMonth } from '../../components/format';
import { SourceLinks } from '../../components/StatusBits';

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
  const sources = factSources([
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
        <SourceLinks sources={sources} />.
      </p>
    </section>
  );
}
