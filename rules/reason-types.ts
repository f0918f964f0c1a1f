import type { OsId } from './outcomes';
import type { PassageId } from './passages';
import type { Answers } from './questions';

/** `for` adds to an outcome's score, `against` takes from it, `blocking` rules it out. */
export type ReasonKind = 'for' | 'against' | 'blocking';

/** The rule of the article (SPEC §3, 1–9) a reason implements. */
export type RuleNumber = 1 | 2 | 3 | 4 | 5 | 6 | 7 | 8 | 9;

/** One step of the reasoning: what it says about which outcome, and the passage it rests on. */
export interface Reason {
  /** Stable id, unique across the table. */
  readonly id: string;
  readonly os: OsId;
  readonly kind: ReasonKind;
  /** Points added to the outcome's score; negative for `against`, 0 for `blocking`. */
  readonly weight: number;
  readonly rule: RuleNumber;
  /** One sentence; whose words it is, `voice` says. */
  readonly summary: string;
  readonly passageId: PassageId;
  /**
   * 'article' when the summary states the article's own verdict, in the sense
   * its passage says it; 'ours' when it is our reading of the answers.
   */
  readonly voice: 'article' | 'ours';
}

/** A reason together with the answers it applies to. */
export interface ReasonRule extends Reason {
  readonly when: (answers: Answers) => boolean;
}
