import { isRecord } from '../../components/isRecord';
import { SCENARIOS_VERSION, sanitize } from './migrate';
import type { PersistedScenarios } from './types';

/** Why stored data had to be kept aside before the app writes over it. */
export type KeptAsideKind = 'unreadable' | 'future-version' | 'duplicates';

/** Stored data as read: usable, or not at all. */
export type Read =
  | {
      readonly ok: true;
      /** Today's shape, readable entries only (repeated ids still in it). */
      readonly value: PersistedScenarios;
      /** As stored: an older one is written again in today's shape. */
      readonly version: number;
      /** Set when part of it cannot be used as it is, so a copy must be kept aside. */
      readonly problem: KeptAsideKind | undefined;
    }
  | { readonly ok: false; readonly problem: 'unreadable' | 'future-version' };

/** Parses and validates a stored value of any version, the one way in; never throws. */
export function readStored(raw: string): Read {
  let parsed: unknown;
  try {
    parsed = JSON.parse(raw);
  } catch {
    return { ok: false, problem: 'unreadable' };
  }
  if (!isRecord(parsed) || !('state' in parsed)) return { ok: false, problem: 'unreadable' };
  const version = typeof parsed.version === 'number' ? parsed.version : 0;
  if (version > SCENARIOS_VERSION) return { ok: false, problem: 'future-version' };
  const { value, dropped, duplicates } = sanitize(parsed.state, version);
  const problem = dropped > 0 ? 'unreadable' : duplicates > 0 ? 'duplicates' : undefined;
  return { ok: true, value, version, problem };
}

/** Whether an error thrown by `setItem` means the storage is full. */
export function isQuotaError(error: unknown): boolean {
  return (
    error instanceof DOMException &&
    (error.name === 'QuotaExceededError' || error.name === 'NS_ERROR_DOM_QUOTA_REACHED')
  );
}

/**
 * Keeps raw values aside under `${name}.backup.<ISO time>[.n]`, each once
 * (a backup already holding the same value, from this page or an earlier
 * one, is reused) and never over an earlier backup. Returns the backup's
 * key, or undefined when the storage is full; other storage errors are the
 * caller's to catch.
 */
export function createBackups(name: string): (storage: Storage, raw: string) => string | undefined {
  const keptAside = new Map<string, string>();
  const prefix = `${name}.backup.`;
  return (storage, raw) => {
    for (let i = 0; i < storage.length && !keptAside.has(raw); i++) {
      const key = storage.key(i);
      if (key?.startsWith(prefix) && storage.getItem(key) === raw) keptAside.set(raw, key);
    }
    const known = keptAside.get(raw);
    if (known !== undefined) return known;
    const base = `${prefix}${new Date().toISOString()}`;
    let key = base;
    for (let n = 2; storage.getItem(key) !== null; n++) key = `${base}.${n}`;
    try {
      storage.setItem(key, raw);
    } catch (error) {
      if (isQuotaError(error)) return undefined;
      throw error;
    }
    keptAside.set(raw, key);
    return key;
  };
}
