import { OUTCOMES, type OsId, type RankedOutcome } from '../../../rules';

/** The narrowest bar drawn, in percent, so even the lowest score shows a sliver. */
const MIN_WIDTH = 2;

/**
 * Each outcome's bar width in percent of the track. Scores can be negative,
 * so the scale runs from the lowest score (or 0, whichever is lower) to the
 * highest; the top score fills the track.
 */
export function barWidths(ranking: readonly RankedOutcome[]): Map<OsId, number> {
  const scores = ranking.map((o) => o.score);
  const low = Math.min(0, ...scores);
  const high = Math.max(...scores);
  const span = high - low;
  return new Map(
    ranking.map((o) => {
      const share = span === 0 ? 1 : (o.score - low) / span;
      return [o.os, Math.max(MIN_WIDTH, Math.round(share * 100))];
    }),
  );
}

/**
 * One sentence comparing `outcome` with the top pick, from the data alone:
 * ruled out, tied and lost on the tie-break, or simply scored lower.
 */
export function scoreComparison(outcome: RankedOutcome, top: RankedOutcome): string {
  const name = OUTCOMES[outcome.os].name;
  const topName = OUTCOMES[top.os].name;
  const scores = `It scored ${outcome.score}; ${topName} scored ${top.score}.`;
  if (outcome.blocked) return `${name} is ruled out. ${scores}`;
  if (outcome.score === top.score) {
    return `${name} tied with ${topName} on ${top.score}; ties go to the more established option, ${topName}.`;
  }
  if (outcome.reasonsAgainst.length === 0) {
    return `Nothing in the article counts against ${name} for your answers, but fewer or weaker reasons point to it. ${scores}`;
  }
  return scores;
}
