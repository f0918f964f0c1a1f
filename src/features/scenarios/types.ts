import type { NamedAnswers } from '../../../rules';

/**
 * A saved scenario: a named, complete answer set, its name plain text, trimmed,
 * 1–80 characters. Its recommendation is recomputed, never stored.
 */
export interface Scenario extends NamedAnswers {
  /** Stable and unique across tabs (random UUID). */
  readonly id: string;
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
