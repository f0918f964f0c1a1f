import type { Answers } from '../../../rules';

/** A saved scenario: a named, complete answer set. Its recommendation is recomputed, never stored. */
export interface Scenario {
  /** Stable and unique across tabs (random UUID). */
  readonly id: string;
  /** Plain text, trimmed, 1–80 characters. */
  readonly name: string;
  readonly answers: Answers;
  /** When it was first saved (epoch milliseconds). */
  readonly savedAt: number;
  /** Last change (save, rename, undo), a logical clock that decides between two tabs' edits. */
  readonly updatedAt: number;
}

/** Marks a deleted scenario so another tab's stale copy cannot bring it back. */
export interface Tombstone {
  readonly id: string;
  readonly deletedAt: number;
}

/** What is written to storage (the current version, 1). */
export interface PersistedScenarios {
  readonly scenarios: readonly Scenario[];
  readonly tombstones: readonly Tombstone[];
}

/** The scenario fields a comparison needs. */
export interface NamedAnswers {
  readonly name: string;
  readonly answers: Answers;
}
