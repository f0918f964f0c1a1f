import { conflictNotes, type ConflictNote } from './conflicts';
import { OS_IDS, OUTCOMES, type Caveat, type OsId } from './outcomes';
import { REASON_RULES, type Reason } from './reasons';
import type { Answers } from './questions';
import { assertCompleteAnswers } from './validate';

export type { ConflictId, ConflictNote } from './conflicts';

/** One outcome in the ranking, with everything said for and against it. */
export interface RankedOutcome {
  readonly os: OsId;
  /** Sum of the weights of its reasons. */
  readonly score: number;
  /** 1 for the top pick. */
  readonly rank: number;
  /** True when a blocking reason rules it out; blocked outcomes rank after all others. */
  readonly blocked: boolean;
  /** Reasons for it, strongest first. */
  readonly reasonsFor: readonly Reason[];
  /** Reasons against it: blocking reasons first, then the strongest. */
  readonly reasonsAgainst: readonly Reason[];
  /** The article's caveats: shown wherever the outcome is discussed. */
  readonly caveats: readonly Caveat[];
}

/** The result of {@link recommend}. */
export interface Recommendation {
  readonly top: OsId;
  /** One line: why the top pick (its strongest reason's summary). */
  readonly why: string;
  /** All six outcomes, best first. */
  readonly ranking: readonly RankedOutcome[];
  /** Conflict notes, possibly none; each consistent with the pick. */
  readonly conflicts: readonly ConflictNote[];
}

const byStrength = (a: Reason, b: Reason) => Math.abs(b.weight) - Math.abs(a.weight);

function rankOutcome(os: OsId, reasons: readonly Reason[]): Omit<RankedOutcome, 'rank'> {
  const mine = reasons.filter((r) => r.os === os);
  const blocking = mine.filter((r) => r.kind === 'blocking');
  return {
    os,
    score: mine.reduce((sum, r) => sum + r.weight, 0),
    blocked: blocking.length > 0,
    reasonsFor: mine.filter((r) => r.kind === 'for').sort(byStrength),
    reasonsAgainst: [...blocking, ...mine.filter((r) => r.kind === 'against').sort(byStrength)],
    caveats: OUTCOMES[os].caveats,
  };
}

/**
 * Blocked outcomes last, then the higher score; equal scores keep the order
 * of OS_IDS, the more established option first.
 */
function compareOutcomes(a: Omit<RankedOutcome, 'rank'>, b: Omit<RankedOutcome, 'rank'>): number {
  if (a.blocked !== b.blocked) return a.blocked ? 1 : -1;
  if (a.score !== b.score) return b.score - a.score;
  return OS_IDS.indexOf(a.os) - OS_IDS.indexOf(b.os);
}

/**
 * Recommends an operating system for `answers`, a complete answer set (only
 * the questions that apply). Pure and deterministic. Throws an
 * `InvalidAnswersError` for anything else rather than return a partial result.
 */
export function recommend(answers: Answers): Recommendation {
  const valid = assertCompleteAnswers(answers);
  const reasons: Reason[] = REASON_RULES.filter((rule) => rule.when(valid)).map(
    ({ when, ...reason }) => reason,
  );
  const ranking = OS_IDS.map((os) => rankOutcome(os, reasons))
    .sort(compareOutcomes)
    .map((outcome, index) => ({ ...outcome, rank: index + 1 }));
  const first = ranking[0];
  if (!first) throw new Error('No outcomes to rank.');
  const strongest = first.reasonsFor[0];
  return {
    top: first.os,
    why: strongest ? strongest.summary : OUTCOMES[first.os].summary,
    ranking,
    conflicts: conflictNotes(valid, first.os),
  };
}
