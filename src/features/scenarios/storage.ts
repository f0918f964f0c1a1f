import type { PersistStorage, StorageValue } from 'zustand/middleware';
import { mergePersisted, samePersisted } from './merge';
import { SCENARIOS_VERSION } from './migrate';
import { createBackups, isQuotaError, readStored, type KeptAsideKind, type Read } from './stored';
import type { PersistedScenarios } from './types';

/** What went wrong with the browser's storage; the app keeps working in memory either way. */
export type StorageProblem =
  | { readonly kind: KeptAsideKind; readonly backupKey: string }
  | { readonly kind: 'quota' | 'unavailable' };

/** How the storage tells the store about problems, reads its state and hands it other tabs' changes. */
export interface StorageHooks {
  readonly report: (problem: StorageProblem) => void;
  readonly resolve: (kind: StorageProblem['kind']) => void;
  /** The scenarios in memory now. */
  readonly current: () => PersistedScenarios;
  /** Takes in a merge that holds changes memory did not have yet (another tab's). */
  readonly adopt: (state: PersistedScenarios) => void;
}

/** The part of the Web Locks API used to take turns with other tabs. */
export type TabLocks = Pick<LockManager, 'request'>;

/** A `PersistStorage` that can also bring memory and storage in step on demand. */
export interface ScenarioStorage extends PersistStorage<PersistedScenarios> {
  /** Merges what is stored into memory and memory into storage: at once, or in this tab's turn. */
  readonly sync: () => void;
  /** Runs a sync still waiting for its turn now (the page is going away). */
  readonly flush: () => void;
}

/**
 * A `PersistStorage` over a Web Storage that never loses a scenario. Every
 * write reads what is stored, merges it with memory (additions, renames and
 * deletions of other tabs survive), takes anything new into memory and
 * writes the merge back. With `locks` (the Web Locks API) tabs take turns,
 * so two writes in one instant cannot overwrite each other; without, the
 * `storage` event's sync repairs a write that lost a race. Data this version
 * cannot read is kept aside before anything replaces it. No storage call can
 * throw past it: a failure is reported, and memory goes on working.
 */
export function createScenarioStorage(
  name: string,
  getStorage: () => Storage,
  hooks: StorageHooks,
  locks?: TabLocks,
): ScenarioStorage {
  const keepAside = createBackups(name);
  // The last value read or written with its reading: 10,000 scenarios parse in tens of ms.
  let last: { raw: string; read: Read } | undefined;
  const read = (raw: string): Read => {
    if (last?.raw !== raw) last = { raw, read: readStored(raw) };
    return last.read;
  };
  // Told once per stored value, so a dismissed notice does not come back with the next save.
  const told = new Set<string>();
  /** Keeps `raw` aside if it must be; false when it must be but cannot (full), so nothing may replace it. */
  const safeToReplace = (storage: Storage, raw: string, stored: Read): boolean => {
    if (!stored.problem) return true;
    const backupKey = keepAside(storage, raw);
    if (!backupKey) hooks.report({ kind: 'quota' });
    else if (!told.has(raw)) hooks.report({ kind: stored.problem, backupKey });
    if (backupKey) told.add(raw);
    return backupKey !== undefined;
  };
  const fail = (error: unknown) =>
    hooks.report(isQuotaError(error) ? { kind: 'quota' } : { kind: 'unavailable' });

  let syncing = false;
  const syncNow = (mine: PersistedScenarios = hooks.current()) => {
    // adopt() sets the store, whose persist calls back in: this run writes the result anyway.
    if (syncing) return;
    syncing = true;
    try {
      const storage = getStorage();
      const raw = storage.getItem(name);
      const stored = raw === null ? undefined : read(raw);
      if (raw !== null && stored && !safeToReplace(storage, raw, stored)) return;
      const state = stored?.ok ? mergePersisted(mine, stored.value) : mine;
      if (!samePersisted(state, mine)) hooks.adopt(state);
      const next = JSON.stringify({ state, version: SCENARIOS_VERSION });
      if (next !== raw) storage.setItem(name, next);
      last = {
        raw: next,
        read: { ok: true, value: state, state, version: SCENARIOS_VERSION, problem: undefined },
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
  const sync = (mine?: PersistedScenarios) => {
    if (!locks) return syncNow(mine);
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
    sync: () => sync(),
    flush: () => {
      if (waiting) syncNow();
    },
    getItem() {
      try {
        const storage = getStorage();
        const raw = storage.getItem(name);
        if (raw === null) return null;
        const stored = read(raw);
        safeToReplace(storage, raw, stored);
        if (!stored.ok) return null;
        // An older version goes through persist's migrate, which then writes today's shape.
        const state = stored.version < SCENARIOS_VERSION ? stored.state : stored.value;
        return { state: state as PersistedScenarios, version: stored.version };
      } catch (error) {
        fail(error);
        return null;
      }
    },
    setItem(_name, value: StorageValue<PersistedScenarios>) {
      // Persist passes the state it is writing: during hydration the store cannot be asked yet.
      sync(value.state);
    },
    removeItem() {
      try {
        getStorage().removeItem(name);
      } catch (error) {
        fail(error);
      }
    },
  };
}
