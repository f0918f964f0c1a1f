import type { Answers } from '../../../rules';
import type { PersistedScenarios, Scenario, Tombstone } from './types';

/** Deletions remembered so a stale tab cannot resurrect them; the oldest are forgotten first. */
const MAX_TOMBSTONES = 200;

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
function observeStamp(value: number): void {
  if (Number.isFinite(value)) lastStamp = Math.max(lastStamp, value);
}

// Code-unit order, never localeCompare: a locale may call two different names equal.
const order = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/** The answers in a canonical order, so equal answer sets read the same. */
export const answersKey = (answers: Answers): string =>
  Object.entries(answers)
    .sort(([a], [b]) => order(a, b))
    .map(([k, v]) => `${k}=${String(v)}`)
    .join('&');

/** Whether two answer sets are equal, whatever their key order. */
export const sameAnswers = (a: Answers, b: Answers): boolean => {
  const keys = Object.keys(a) as (keyof Answers)[];
  return keys.length === Object.keys(b).length && keys.every((k) => a[k] === b[k]);
};

/**
 * Whether `a` wins over `b`, two versions of one scenario: the later change,
 * then, on a tie in the clock (two tabs in one tick), the larger content, so
 * every tab picks the same one.
 */
function wins(a: Scenario, b: Scenario): boolean {
  if (a === b) return false;
  if (a.updatedAt !== b.updatedAt) return a.updatedAt > b.updatedAt;
  if (a.name !== b.name) return a.name > b.name;
  if (a.savedAt !== b.savedAt) return a.savedAt > b.savedAt;
  return (
    !sameAnswers(a.answers, b.answers) && order(answersKey(a.answers), answersKey(b.answers)) > 0
  );
}

/**
 * Merges two copies of the saved scenarios, by id: the latest change wins
 * (an exact tie goes to the same version whichever side holds it), a
 * deletion wins over edits up to its own time, and nothing either side
 * added is lost. Idempotent, commutative and associative, so tabs that
 * merge in any order agree. Order: oldest saved first.
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
    if (!known || wins(s, known)) scenarios.set(s.id, s);
    observeStamp(s.updatedAt);
  }
  const alive = [...scenarios.values()].filter(
    (s) => (tombstones.get(s.id)?.deletedAt ?? -Infinity) < s.updatedAt,
  );
  const aliveIds = new Set(alive.map((s) => s.id));
  return {
    scenarios: alive.sort((a, b) => a.savedAt - b.savedAt || order(a.id, b.id)),
    tombstones: [...tombstones.values()]
      .filter((t) => !aliveIds.has(t.id))
      .sort((a, b) => b.deletedAt - a.deletedAt || order(a.id, b.id))
      .slice(0, MAX_TOMBSTONES),
  };
}

/** Whether two merged copies hold the same scenarios and deletions (both in merge order). */
export function samePersisted(a: PersistedScenarios, b: PersistedScenarios): boolean {
  return (
    a.scenarios.length === b.scenarios.length &&
    a.tombstones.length === b.tombstones.length &&
    a.scenarios.every((s, i) => {
      const o = b.scenarios[i];
      return o !== undefined && s.id === o.id && !wins(s, o) && !wins(o, s);
    }) &&
    a.tombstones.every(
      (t, i) => t.id === b.tombstones[i]?.id && t.deletedAt === b.tombstones[i]?.deletedAt,
    )
  );
}
