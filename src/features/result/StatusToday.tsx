import { LOCKED_DOWN_ON_AWS, OUTCOMES, type Answers, type RankedOutcome } from '../../../rules';
import { wantsLockedDownOnAws } from './lockedDown';
import { Alternatives, TodayEntry } from './TodayEntry';

/**
 * What has changed since 2019: dated, sourced facts for every outcome, top
 * pick first. Kept in its own panel and never worded as the article's.
 */
export function StatusToday({
  answers,
  ranking,
}: {
  answers: Answers;
  ranking: readonly RankedOutcome[];
}) {
  const [top, ...others] = ranking;
  if (!top) return null;
  return (
    <section className="today result__today" aria-labelledby="today-heading">
      <h2 id="today-heading">Status today: what has changed since 2019</h2>
      <p>
        <strong>Not from the article.</strong> The article was written in 2019; these facts were
        gathered later, each with a date and a link to its source.
      </p>
      <TodayEntry outcome={top} label={`${OUTCOMES[top.os].name} (your top pick)`} isTop />
      {wantsLockedDownOnAws(answers) && (
        <>
          <h3>For a locked-down, API-managed node on AWS</h3>
          <Alternatives
            intro="Maintained operating systems built for exactly that:"
            alternatives={LOCKED_DOWN_ON_AWS}
          />
        </>
      )}
      {others.map((outcome) => (
        <TodayEntry
          key={outcome.os}
          outcome={outcome}
          label={OUTCOMES[outcome.os].name}
          isTop={false}
        />
      ))}
    </section>
  );
}
