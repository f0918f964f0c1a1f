import { CANDIDATES, OUTCOMES, recommend, recommendToday, type Answers } from '../../../rules';
import { MaintainedTag } from '../../components/StatusBits';

/** Both picks for `answers`, or undefined when they are not a complete answer set (hand-edited storage). */
function picksOf(answers: Answers) {
  try {
    return { article: recommend(answers).top, today: recommendToday(answers).top };
  } catch {
    return undefined;
  }
}

/** A saved scenario's picks: the article's, with whether it is still maintained, and today's. */
export function ScenarioPicks({ answers }: { answers: Answers }) {
  const picks = picksOf(answers);
  if (!picks) return <p>Its answers are incomplete, so it has no recommendation.</p>;
  const article = OUTCOMES[picks.article];
  return (
    <dl className="scenario-card__picks">
      <div>
        <dt>The article’s pick</dt>
        <dd>
          <strong>{article.name}</strong> <MaintainedTag status={article.status} />
        </dd>
      </div>
      <div>
        <dt>Today’s pick</dt>
        <dd>
          <strong>{CANDIDATES[picks.today].name}</strong>
        </dd>
      </div>
    </dl>
  );
}
