import { SCENARIOS_VERSION } from './migrate';
import type { StorageProblem } from './problems';
import { createBackups, isQuotaError, readStored, type Read } from './stored';
import type { PersistedScenarios } from './types';

/** The part of the Web Locks API used to take turns with other tabs. */
export type TabLocks = Pick<LockManager, 'request'>;

/** What the sync asks of the store: to hear of problems, and to merge a stored copy into memory. */
interface SyncHooks {
  readonly report: (problem: StorageProblem) => void;
  readonly resolve: (kind: StorageProblem['kind']) => void;
  /** Merges a stored copy into memory and returns the merge, which is what gets written. */
  readonly absorb: (stored: PersistedScenarios) => PersistedScenarios;
  /** The scenarios in memory now, written as they are when nothing stored can be merged. */
  readonly current: () => PersistedScenarios;
}

/** Moves scenarios between memory and one storage key. */
export interface ScenarioSync {
  /** Reads what is stored into memory on opening; writes only to bring an older version up to date. */
  readonly load: () => void;
  /** Reads, merges and writes back: at once, or in this tab's turn. */
  readonly sync: () => void;
  /** Runs a sync still waiting for its turn now (the page is going away). */
  readonly flush: () => void;
}

/**
 * The one path between memory and the key `name`. Every sync reads what is
 * stored, merges it with memory (additions, renames and deletions of other
 * tabs survive), takes anything new into memory and writes the merge back.
 * With `locks` (the Web Locks API) tabs take turns, so two writes in one
 * instant cannot overwrite each other; without, the `storage` event's sync
 * repairs a write that lost a race. Data this version cannot read is kept
 * aside before anything replaces it. No storage call can throw past it: a
 * failure is reported, and memory goes on working.
 */
export function createSync(
  name: string,
  getStorage: () => Storage,
  hooks: SyncHooks,
  locks?: TabLocks,
): ScenarioSync {
  const keepAside = createBackups(name);
  // The last value read or written with its reading: 10,000 scenarios parse in tens of ms.
  let last: { raw: string; read: Read } | undefined;
  // Told once per stored value, so a dismissed notice does not come back with the next save.
  const told = new Set<string>();
  /** Reads the key; what cannot be used as it is is kept aside, and may be replaced only once it is. */
  const readKey = (storage: Storage) => {
    const raw = storage.getItem(name);
    if (raw === null) return { raw, stored: undefined, replaceable: true };
    if (last?.raw !== raw) last = { raw, read: readStored(raw) };
    const stored = last.read;
    if (!stored.problem) return { raw, stored, replaceable: true };
    const backupKey = keepAside(storage, raw);
    if (!backupKey) hooks.report({ kind: 'quota' });
    else if (!told.has(raw)) hooks.report({ kind: stored.problem, backupKey });
    if (backupKey) told.add(raw);
    return { raw, stored, replaceable: backupKey !== undefined };
  };
  const fail = (error: unknown) =>
    hooks.report(isQuotaError(error) ? { kind: 'quota' } : { kind: 'unavailable' });

  let syncing = false;
  const syncNow = () => {
    syncing = true;
    try {
      const storage = getStorage();
      const { raw, stored, replaceable } = readKey(storage);
      if (!replaceable) return;
      const state = stored?.ok ? hooks.absorb(stored.value) : hooks.current();
      const next = JSON.stringify({ state, version: SCENARIOS_VERSION });
      if (next !== raw) storage.setItem(name, next);
      last = {
        raw: next,
        read: { ok: true, value: state, version: SCENARIOS_VERSION, problem: undefined },
      };
      hooks.resolve('quota');
      hooks.resolve('unavailable');
    } catch (error) {
      fail(error);
    } finally {
      syncing = false;
    }
  };

  let waiting = false;
  const sync = () => {
    // absorb() changes memory, which asks for a sync: this run writes the result anyway.
    if (syncing) return;
    if (!locks) return syncNow();
    // One turn at a time is enough: the turn reads memory as it is then.
    if (waiting) return;
    waiting = true;
    const turn = () => {
      if (!waiting) return;
      waiting = false;
      syncNow();
    };
    try {
      locks.request(`${name}.lock`, turn).catch(turn);
    } catch {
      turn();
    }
  };

  return {
    load() {
      try {
        const { stored } = readKey(getStorage());
        if (!stored?.ok) return;
        hooks.absorb(stored.value);
        if (stored.version < SCENARIOS_VERSION) sync();
      } catch (error) {
        fail(error);
      }
    },
    sync,
    flush: () => {
      if (waiting) syncNow();
    },
  };
}
