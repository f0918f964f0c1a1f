import {
  LOCKED_DOWN_ON_AWS,
  OUTCOMES,
  wantsLockedDownOnAws,
  type Answers,
  type RankedOutcome,
} from '../../../rules';
import { Alternatives, TodayEntry } from './TodayEntry';

/**
 * What has become of the article's six options: dated, sourced facts for
 * each, the pick first. Kept in its own panel and never worded as the article's.
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
    <div className="today result__today">
      <p>
        <strong>Not from the article.</strong> The article was written in 2019; these facts were
        gathered later, each with a date and a link to its source.
      </p>
      <TodayEntry outcome={top} label={`${OUTCOMES[top.os].name} (the article’s pick)`} isTop />
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
    </div>
  );
}
