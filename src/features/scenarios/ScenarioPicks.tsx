import { OUTCOMES, type Answers } from '../../../rules';
import { MaintainedTag } from '../../components/StatusBits';
import { recommendSafely } from './comparison';

/** A saved scenario's picks: the article's, with whether it is still maintained. */
export function ScenarioPicks({ answers }: { answers: Answers }) {
  const top = recommendSafely(answers)?.top;
  if (!top) return <p>Its answers are incomplete, so it has no recommendation.</p>;
  const outcome = OUTCOMES[top];
  return (
    <dl className="scenario-card__picks">
      <div>
        <dt>The article’s pick</dt>
        <dd>
          <strong>{outcome.name}</strong> <MaintainedTag status={outcome.status} />
        </dd>
      </div>
    </dl>
  );
}
