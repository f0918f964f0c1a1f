import { CANDIDATES } from '../../../rules';
import { DiffersMark } from './DiffersMark';
import { outcomeName, type Picks } from './comparison';
import { PickStateToday } from './PickStateToday';

/** Props of {@link PicksCompared}. */
interface PicksComparedProps {
  readonly picks: Picks;
  readonly topDiffers: boolean;
  readonly todayDiffers: boolean;
}

const rowClass = (differs: boolean) => (differs ? 'compare__row--differs' : undefined);

/** A scenario's two picks: the article's with its state today, and today's with its one-line why. */
export function PicksCompared({ picks, topDiffers, todayDiffers }: PicksComparedProps) {
  const { article, today } = picks;
  return (
    <dl className="compare-card__picks">
      <div className={rowClass(topDiffers)}>
        <dt>
          The 2019 article’s pick <DiffersMark differs={topDiffers} />
        </dt>
        <dd className="compare-card__pick">{outcomeName(article.top)}</dd>
        <dd>
          <PickStateToday os={article.top} maintained={today.heir.articlePickMaintained} />
        </dd>
      </div>
      <div className={rowClass(todayDiffers)}>
        <dt>
          What to run today <DiffersMark differs={todayDiffers} />
        </dt>
        <dd className="compare-card__pick">{CANDIDATES[today.top].name}</dd>
        <dd>{today.why}</dd>
      </div>
    </dl>
  );
}
