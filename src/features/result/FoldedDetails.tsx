import { lazy } from 'react';
import {
  OUTCOMES,
  type Answers,
  type Recommendation,
  type TodayRecommendation,
} from '../../../rules';
import { Fold } from './Fold';
import type { QuotedAt } from './quotePlan';

const chunk = () => import('./folded');
const Caveats = lazy(() => chunk().then((m) => ({ default: m.Caveats })));
const RankingList = lazy(() => chunk().then((m) => ({ default: m.RankingList })));
const StatusToday = lazy(() => chunk().then((m) => ({ default: m.StatusToday })));
const WhyNot = lazy(() => chunk().then((m) => ({ default: m.WhyNot })));
const TodayRanking = lazy(() => chunk().then((m) => ({ default: m.TodayRanking })));

/**
 * The detail behind the picks, each part folded: the caveats, the ranking of
 * all six, why not each other, what has become of each since 2019, and
 * today's ranking of the maintained systems. The
 * summaries say what is inside; the bodies load behind them.
 */
export function FoldedDetails({
  answers,
  recommendation,
  today,
  quotedAt,
}: {
  answers: Answers;
  recommendation: Recommendation;
  today: TodayRecommendation;
  quotedAt: QuotedAt;
}) {
  const { ranking } = recommendation;
  const [top] = ranking;
  if (!top) return null;
  const name = OUTCOMES[top.os].name;
  const ruledOut = ranking.filter((outcome) => outcome.blocked).length;
  const unmaintained = ranking.filter((outcome) => !OUTCOMES[outcome.os].status.maintained).length;
  return (
    <section className="result__folds" aria-labelledby="detail-heading">
      <h2 id="detail-heading">More detail</h2>
      {top.caveats.length > 0 && (
        <Fold lazy title={`The article’s caveats about ${name}`} hint={`(${top.caveats.length})`}>
          <Caveats outcome={top} quotedAt={quotedAt} />
        </Fold>
      )}
      <Fold lazy title="The article’s six options, ranked" hint={`(${ruledOut} ruled out)`}>
        <RankingList ranking={ranking} />
      </Fold>
      <Fold lazy title="Why not the others?" hint={`(${ranking.length - 1})`}>
        <WhyNot ranking={ranking} quotedAt={quotedAt} />
      </Fold>
      <Fold
        lazy
        title="What has become of the six since 2019"
        hint={`(${unmaintained} not maintained)`}
      >
        <StatusToday answers={answers} ranking={ranking} />
      </Fold>
      <Fold
        lazy
        className="fold--screen-only"
        title="Today’s ranking of the maintained systems"
        hint={`(${today.ranking.filter((r) => r.blocked).length} ruled out)`}
      >
        <TodayRanking ranking={today.ranking} />
      </Fold>
    </section>
  );
}
