import type { PersistedScenarios, Scenario, Tombstone } from './types';

/** Deletions remembered so a stale tab cannot resurrect them; the oldest are forgotten first. */
export const MAX_TOMBSTONES = 200;

let lastStamp = 0;

/**
 * A logical clock: never goes back and never repeats, so a later edit always
 * wins even within one millisecond (delete, then undo at once).
 */
export function stamp(): number {
  lastStamp = Math.max(Date.now(), lastStamp + 1);
  return lastStamp;
}

/** Moves the clock past a stamp written by another tab. */
export function observeStamp(value: number): void {
  if (Number.isFinite(value)) lastStamp = Math.max(lastStamp, value);
}

/**
 * Merges two copies of the saved scenarios, by id: the latest change wins,
 * a deletion wins over older edits, and nothing either side added is lost.
 * On a tie `mine` wins. Order: oldest saved first.
 */
export function mergePersisted(
  mine: PersistedScenarios,
  theirs: PersistedScenarios,
): PersistedScenarios {
  const tombstones = new Map<string, Tombstone>();
  for (const t of [...mine.tombstones, ...theirs.tombstones]) {
    const known = tombstones.get(t.id);
    if (!known || t.deletedAt > known.deletedAt) tombstones.set(t.id, t);
    observeStamp(t.deletedAt);
  }
  const scenarios = new Map<string, Scenario>();
  for (const s of [...mine.scenarios, ...theirs.scenarios]) {
    const known = scenarios.get(s.id);
    if (!known || s.updatedAt > known.updatedAt) scenarios.set(s.id, s);
    observeStamp(s.updatedAt);
  }
  const alive = [...scenarios.values()].filter(
    (s) => (tombstones.get(s.id)?.deletedAt ?? -Infinity) < s.updatedAt,
  );
  const aliveIds = new Set(alive.map((s) => s.id));
  return {
    scenarios: alive.sort((a, b) => a.savedAt - b.savedAt || a.id.localeCompare(b.id)),
    tombstones: [...tombstones.values()]
      .filter((t) => !aliveIds.has(t.id))
      .sort((a, b) => b.deletedAt - a.deletedAt)
      .slice(0, MAX_TOMBSTONES),
  };
}
