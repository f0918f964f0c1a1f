// The bodies of the result's folds, one chunk loaded after the first screen:
// none of it is on screen until the person opens a fold.
export { Caveats } from './Caveats';
export { RankingList } from './RankingList';
export { StatusToday } from './StatusToday';
export { TodayRanking } from './TodayRanking';
export { WhyNot } from './WhyNot';
