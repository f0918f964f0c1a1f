import { OUTCOMES, type RankedOutcome } from '../../../rules';

/**
 * One sentence, in words and without the weights, on why `outcome` ranks
 * where it does against the top pick: ruled out (and by what), tied and lost
 * on the tie-break, or what counts against it most.
 */
export function standing(outcome: RankedOutcome, top: RankedOutcome): string {
  const name = OUTCOMES[outcome.os].name;
  const topName = OUTCOMES[top.os].name;
  const [strongest] = outcome.reasonsAgainst;
  if (outcome.os === top.os) return 'The pick for your answers.';
  if (outcome.blocked && strongest) return `Ruled out: ${strongest.summary}`;
  if (outcome.score === top.score) {
    return `Tied with ${topName}; a tie goes to the more established option, ${topName}.`;
  }
  if (!strongest) {
    return `Nothing in the article counts against ${name} for your answers, but fewer or weaker reasons point to it than to ${topName}.`;
  }
  return `Behind ${topName}. Most against it: ${strongest.summary}`;
}
