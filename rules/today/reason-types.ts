import type { Answers } from '../questions';
import type { CandidateId } from './candidates';
import type { FactId } from './facts';

/** `for` adds to a candidate's score, `against` takes from it, `blocking` rules it out. */
export type TodayReasonKind = 'for' | 'against' | 'blocking';

/** One step of today's reasoning: what it says about which candidate, and the fact it rests on. */
export interface TodayReason {
  /** Stable id, unique across the table. */
  readonly id: string;
  readonly candidate: CandidateId;
  readonly kind: TodayReasonKind;
  /** Points added to the candidate's score; negative for `against`, 0 for `blocking`. */
  readonly weight: number;
  /** our words, tied to the answers */
  readonly summary: string;
  readonly factId: FactId;
}

/** A reason together with the answers it applies to. */
export interface TodayReasonRule extends TodayReason {
  readonly when: (answers: Answers) => boolean;
}

/** One reason as a table row: id, candidate, weight (or `blocking`), fact, summary. */
type ReasonRow = readonly [string, CandidateId, number | 'blocking', FactId, string];

/**
 * Reasons that all apply when `when` holds. The tables are plain data, built
 * into reasons only when asked, so a bundle that never calls
 * `recommendToday` can drop them.
 */
export interface ReasonGroup {
  readonly when: (answers: Answers) => boolean;
  readonly rows: readonly ReasonRow[];
}

/** A row as a reason; the row's weight gives its kind. */
export function toReason([id, candidate, weight, factId, summary]: ReasonRow): TodayReason {
  return {
    id,
    candidate,
    kind: weight === 'blocking' ? 'blocking' : weight > 0 ? 'for' : 'against',
    weight: weight === 'blocking' ? 0 : weight,
    summary,
    factId,
  };
}
