import type { PersistStorage, StorageValue } from 'zustand/middleware';
import { mergePersisted } from './merge';
import { SCENARIOS_VERSION, sanitize } from './migrate';
import type { PersistedScenarios } from './types';

/** What went wrong with the browser's storage; the app keeps working in memory either way. */
export type StorageProblem =
  | { readonly kind: 'unreadable' | 'future-version'; readonly backupKey: string }
  | { readonly kind: 'quota' | 'unavailable' };

/** How the storage tells the store about problems and about scenarios another tab added. */
export interface StorageHooks {
  readonly report: (problem: StorageProblem) => void;
  readonly resolve: (kind: StorageProblem['kind']) => void;
  /** Called after a write merged in data this tab did not have yet. */
  readonly merged: (state: PersistedScenarios) => void;
}

type Read =
  | {
      readonly ok: true;
      /** Today's shape, readable entries only. */
      readonly value: PersistedScenarios;
      /** As stored, for persist's `migrate` when the version is older. */
      readonly state: unknown;
      readonly version: number;
      readonly dropped: number;
    }
  | { readonly ok: false; readonly kind: 'unreadable' | 'future-version' };

function read(raw: string): Read {
  let parsed: unknown;
  try {
    parsed = JSON.parse(raw);
  } catch {
    return { ok: false, kind: 'unreadable' };
  }
  if (typeof parsed !== 'object' || parsed === null || !('state' in parsed)) {
    return { ok: false, kind: 'unreadable' };
  }
  const version = 'version' in parsed && typeof parsed.version === 'number' ? parsed.version : 0;
  if (version > SCENARIOS_VERSION) return { ok: false, kind: 'future-version' };
  const { value, dropped } = sanitize(parsed.state, version);
  return { ok: true, value, state: parsed.state, version, dropped };
}

/** Whether an error thrown by `setItem` means the storage is full. */
export function isQuotaError(error: unknown): boolean {
  return (
    error instanceof DOMException &&
    (error.name === 'QuotaExceededError' || error.name === 'NS_ERROR_DOM_QUOTA_REACHED')
  );
}

/**
 * A `PersistStorage` over a Web Storage that never loses a scenario: it
 * merges with what is stored (another tab's additions survive), keeps
 * unreadable or newer-version data aside under a fresh backup key before
 * anything replaces it, and turns a full quota into a reported problem.
 */
export function createScenarioStorage(
  getStorage: () => Storage,
  hooks: StorageHooks,
): PersistStorage<PersistedScenarios> {
  // Raw values already kept aside, so one bad value is backed up once.
  const keptAside = new Set<string>();

  const keepAside = (
    storage: Storage,
    name: string,
    raw: string,
    kind: 'unreadable' | 'future-version',
  ): boolean => {
    for (let i = 0; i < storage.length; i++) {
      const key = storage.key(i);
      if (key?.startsWith(`${name}.backup.`) && storage.getItem(key) === raw) keptAside.add(raw);
    }
    if (keptAside.has(raw)) return true;
    const base = `${name}.backup.${new Date().toISOString()}`;
    let key = base;
    for (let n = 2; storage.getItem(key) !== null; n++) key = `${base}.${n}`;
    try {
      storage.setItem(key, raw);
    } catch {
      hooks.report({ kind: 'quota' });
      return false;
    }
    keptAside.add(raw);
    hooks.report({ kind, backupKey: key });
    return true;
  };

  const open = (): Storage | undefined => {
    try {
      return getStorage();
    } catch {
      hooks.report({ kind: 'unavailable' });
      return undefined;
    }
  };

  return {
    getItem(name) {
      const storage = open();
      const raw = storage?.getItem(name) ?? null;
      if (!storage || raw === null) return null;
      const result = read(raw);
      if (!result.ok) {
        keepAside(storage, name, raw, result.kind);
        return null;
      }
      // Entries that cannot be read are kept aside with the rest; the others are used.
      if (result.dropped > 0) keepAside(storage, name, raw, 'unreadable');
      if (result.version < SCENARIOS_VERSION) {
        return { state: result.state as PersistedScenarios, version: result.version };
      }
      return { state: result.value, version: result.version };
    },

    setItem(name, value: StorageValue<PersistedScenarios>) {
      const storage = open();
      if (!storage) return;
      const raw = storage.getItem(name);
      let state = value.state;
      if (raw !== null) {
        const stored = read(raw);
        const unreadable = !stored.ok ? stored.kind : stored.dropped > 0 ? 'unreadable' : undefined;
        // Never replace data this version cannot read unless a copy is safe elsewhere.
        if (unreadable && !keepAside(storage, name, raw, unreadable)) return;
        if (stored.ok) state = mergePersisted(value.state, stored.value);
      }
      const next = JSON.stringify({ state, version: SCENARIOS_VERSION });
      if (next !== raw) {
        try {
          storage.setItem(name, next);
        } catch (error) {
          hooks.report(isQuotaError(error) ? { kind: 'quota' } : { kind: 'unavailable' });
          return;
        }
      }
      hooks.resolve('quota');
      if (JSON.stringify(state) !== JSON.stringify(value.state)) hooks.merged(state);
    },

    removeItem(name) {
      open()?.removeItem(name);
    },
  };
}
