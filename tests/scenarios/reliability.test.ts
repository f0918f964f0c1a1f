import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  STORAGE_KEY,
  createScenarioStore,
  type ScenarioStore,
} from '../../src/features/scenarios/store';
import { MemoryStorage } from './memoryStorage';
import { AWS_AT_WORK as AWS, PI_HOMELAB as PI, CI_PIPELINES as CI } from './fixtures';

const open: ScenarioStore[] = [];
function storeOn(storage: Storage, listen = false): ScenarioStore {
  const store = createScenarioStore({ getStorage: () => storage, listen });
  open.push(store);
  return store;
}
const names = (store: ScenarioStore) => store.scenarios.getState().scenarios.map((s) => s.name);
const storedNames = (storage: Storage) =>
  (
    JSON.parse(storage.getItem(STORAGE_KEY) ?? '{}') as { state: { scenarios: { name: string }[] } }
  ).state.scenarios.map((s) => s.name);
const backups = (storage: MemoryStorage) => storage.keys(`${STORAGE_KEY}.backup.`);

afterEach(() => {
  open.splice(0).forEach((s) => s.dispose());
  vi.useRealTimers();
});

describe('scenario store: migration from version 0', () => {
  it('reads answers stored as a query string, adds dates, and writes version 1', () => {
    const storage = new MemoryStorage();
    const v0 = {
      state: {
        scenarios: [
          {
            id: 'a',
            name: 'Old work',
            query:
              'platform=aws&workload=production&rancher=yes&priority=upgrades&image=distribution',
          },
        ],
      },
      version: 0,
    };
    storage.setItem(STORAGE_KEY, JSON.stringify(v0));
    const store = storeOn(storage);
    expect(store.scenarios.getState().scenarios).toEqual([
      {
        id: 'a',
        name: 'Old work',
        answers: {
          platform: 'aws',
          workload: 'production',
          rancher: 'yes',
          priority: 'upgrades',
          image: 'distribution',
        },
        savedAt: expect.any(Number),
        updatedAt: 0,
      },
    ]);
    const written = JSON.parse(storage.getItem(STORAGE_KEY) ?? '') as { version: number };
    expect(written.version).toBe(1);
    expect(storedNames(storage)).toEqual(['Old work']);
    expect(backups(storage)).toEqual([]);
  });

  it('keeps a version 0 entry it cannot read aside, and the readable ones in use', () => {
    const storage = new MemoryStorage();
    const raw = JSON.stringify({
      state: {
        scenarios: [
          {
            id: 'a',
            name: 'Good',
            query: 'platform=ci&rancher=no&kubernetes=full&priority=upgrades&image=custom',
          },
          { id: 'b', name: 'Bad', query: 'platform=mars' },
        ],
      },
      version: 0,
    });
    storage.setItem(STORAGE_KEY, raw);
    const store = storeOn(storage);
    expect(names(store)).toEqual(['Good']);
    expect(backups(storage).map((k) => storage.getItem(k))).toEqual([raw]);
    expect(store.problems.getState().problems).toEqual([
      { kind: 'unreadable', backupKey: backups(storage)[0] },
    ]);
  });
});

describe('scenario store: unreadable and future data is kept aside', () => {
  it('keeps corrupted JSON under a backup key, tells the person, and goes on working', () => {
    const storage = new MemoryStorage();
    storage.setItem(STORAGE_KEY, '{"state": {"scenarios": [');
    const store = storeOn(storage);
    const [key] = backups(storage);
    expect(storage.getItem(key ?? '')).toBe('{"state": {"scenarios": [');
    expect(store.problems.getState().problems).toEqual([{ kind: 'unreadable', backupKey: key }]);
    store.scenarios.getState().save(AWS, 'Work');
    expect(storedNames(storage)).toEqual(['Work']);
    expect(storage.getItem(key ?? '')).toBe('{"state": {"scenarios": [');
  });

  it('keeps data written by a newer version aside and never overwrites an earlier backup', () => {
    vi.useFakeTimers({ now: new Date('2026-11-20T10:00:00Z'), toFake: ['Date'] });
    const storage = new MemoryStorage();
    const first = JSON.stringify({ state: { scenarios: [], tabs: 3 }, version: 2 });
    storage.setItem(STORAGE_KEY, first);
    const a = storeOn(storage);
    expect(a.problems.getState().problems).toEqual([
      { kind: 'future-version', backupKey: `${STORAGE_KEY}.backup.2026-11-20T10:00:00.000Z` },
    ]);

    // Same instant, different unreadable value: a second key, the first backup untouched.
    const second = 'not json at all';
    storage.setItem(STORAGE_KEY, second);
    const b = storeOn(storage);
    expect(backups(storage).sort()).toEqual([
      `${STORAGE_KEY}.backup.2026-11-20T10:00:00.000Z`,
      `${STORAGE_KEY}.backup.2026-11-20T10:00:00.000Z.2`,
    ]);
    expect(storage.getItem(`${STORAGE_KEY}.backup.2026-11-20T10:00:00.000Z`)).toBe(first);
    expect(b.problems.getState().problems).toEqual([
      { kind: 'unreadable', backupKey: `${STORAGE_KEY}.backup.2026-11-20T10:00:00.000Z.2` },
    ]);

    // Reading the same bad value again does not make another copy.
    storeOn(storage);
    expect(backups(storage)).toHaveLength(2);
  });

  it('opening only reads: data kept aside stays under its key until the first change', () => {
    const storage = new MemoryStorage();
    const future = JSON.stringify({ state: { scenarios: [] }, version: 2 });
    storage.setItem(STORAGE_KEY, future);
    const store = storeOn(storage);
    expect(storage.getItem(STORAGE_KEY)).toBe(future);
    store.scenarios.getState().save(AWS, 'Work');
    expect(storedNames(storage)).toEqual(['Work']);
    expect(backups(storage).map((k) => storage.getItem(k))).toEqual([future]);
  });

  it('when the backup itself cannot be written, leaves the stored data alone and keeps saving in memory', () => {
    const storage = new MemoryStorage();
    storage.setItem(STORAGE_KEY, '<<corrupted>>');
    storage.full = true;
    const store = storeOn(storage);
    store.scenarios.getState().save(AWS, 'Work');
    expect(storage.getItem(STORAGE_KEY)).toBe('<<corrupted>>');
    expect(names(store)).toEqual(['Work']);
    expect(store.problems.getState().problems).toEqual([{ kind: 'quota' }]);
  });
});

describe('scenario store: a full storage quota', () => {
  it('says so, keeps the new scenario in memory and what was saved in storage, and catches up later', () => {
    const storage = new MemoryStorage();
    const store = storeOn(storage);
    store.scenarios.getState().save(AWS, 'Work');
    storage.full = true;
    store.scenarios.getState().save(PI, 'Home');
    expect(names(store)).toEqual(['Work', 'Home']);
    expect(storedNames(storage)).toEqual(['Work']);
    expect(store.problems.getState().problems).toEqual([{ kind: 'quota' }]);

    storage.full = false;
    store.scenarios.getState().save(CI, 'CI');
    expect(storedNames(storage)).toEqual(['Work', 'Home', 'CI']);
    expect(store.problems.getState().problems).toEqual([]);
  });

  it('does not drop an unsaved scenario when another tab’s change is read in', () => {
    const storage = new MemoryStorage();
    const mine = storeOn(storage);
    const other = storeOn(storage);
    storage.full = true;
    mine.scenarios.getState().save(AWS, 'Only in memory');
    storage.full = false;
    other.scenarios.getState().save(PI, 'From the other tab');
    mine.sync();
    expect(names(mine).sort()).toEqual(['From the other tab', 'Only in memory']);
  });
});

describe('scenario store: leaving the page', () => {
  /** Whether closing or reloading the page now would ask first (a cancelled `beforeunload`). */
  const leavingAsks = () => !window.dispatchEvent(new Event('beforeunload', { cancelable: true }));

  it('asks before closing while a change lives only in memory, and no longer once it is written', () => {
    const storage = new MemoryStorage();
    const store = storeOn(storage, true);
    store.scenarios.getState().save(AWS, 'Work');
    expect(leavingAsks()).toBe(false);
    storage.full = true;
    store.scenarios.getState().save(PI, 'Home');
    expect(leavingAsks()).toBe(true);
    storage.full = false;
    store.sync();
    expect(storedNames(storage)).toEqual(['Work', 'Home']);
    expect(leavingAsks()).toBe(false);
  });

  it('asks after a deletion that could not be written', () => {
    const storage = new MemoryStorage();
    const store = storeOn(storage, true);
    const work = store.scenarios.getState().save(AWS, 'Work');
    storage.full = true;
    store.scenarios.getState().remove(work.id);
    expect(leavingAsks()).toBe(true);
  });

  it('does not ask when storage is full but nothing was changed here', () => {
    const storage = new MemoryStorage();
    storage.full = true;
    storeOn(storage, true);
    expect(leavingAsks()).toBe(false);
  });

  it('stops listening once disposed', () => {
    const storage = new MemoryStorage();
    const store = storeOn(storage, true);
    storage.full = true;
    store.scenarios.getState().save(AWS, 'Work');
    store.dispose();
    expect(leavingAsks()).toBe(false);
  });
});

describe('scenario store: two tabs sharing one storage', () => {
  it('merges on write: neither tab overwrites the other’s additions', () => {
    const storage = new MemoryStorage();
    const a = storeOn(storage);
    const b = storeOn(storage);
    a.scenarios.getState().save(AWS, 'From A');
    // B has not heard of A's scenario yet and saves its own.
    b.scenarios.getState().save(PI, 'From B');
    expect(storedNames(storage)).toEqual(['From A', 'From B']);
    expect(names(b)).toEqual(['From A', 'From B']);
  });

  it('a deletion in one tab is not undone by the other tab’s stale copy; undo wins over it', () => {
    const storage = new MemoryStorage();
    const a = storeOn(storage);
    const work = a.scenarios.getState().save(AWS, 'Work');
    const b = storeOn(storage);
    a.scenarios.getState().remove(work.id);
    b.scenarios.getState().save(PI, 'Home');
    expect(storedNames(storage)).toEqual(['Home']);
    expect(names(b)).toEqual(['Home']);
    a.scenarios.getState().undoRemove();
    b.sync();
    expect(names(b)).toEqual(['Work', 'Home']);
    expect(storedNames(storage)).toEqual(['Work', 'Home']);
  });

  it('the later rename wins in both tabs, in memory and in storage', () => {
    const storage = new MemoryStorage();
    const a = storeOn(storage);
    const s = a.scenarios.getState().save(AWS, 'Work');
    const b = storeOn(storage);
    b.scenarios.getState().rename(s.id, 'Renamed in B');
    a.scenarios.getState().save(PI, 'Home');
    b.sync();
    expect(names(a)).toEqual(['Renamed in B', 'Home']);
    expect(names(b)).toEqual(['Renamed in B', 'Home']);
    expect(storedNames(storage)).toEqual(['Renamed in B', 'Home']);
  });

  it('follows the storage event on localStorage without a reload', () => {
    const a = storeOn(window.localStorage, true);
    const b = storeOn(window.localStorage, true);
    a.scenarios.getState().save(CI, 'Pipelines');
    expect(names(b)).toEqual([]);
    window.dispatchEvent(new StorageEvent('storage', { key: STORAGE_KEY }));
    expect(names(b)).toEqual(['Pipelines']);
  });
});

describe('scenario store: values no date can hold', () => {
  it('replaces a saved-at time out of the Date range instead of failing to show it', () => {
    const storage = new MemoryStorage();
    const stored = {
      state: {
        scenarios: [
          { id: 'a', name: 'Far future', answers: CI, savedAt: 1e300, updatedAt: -1e300 },
        ],
        tombstones: [],
      },
      version: 1,
    };
    storage.setItem(STORAGE_KEY, JSON.stringify(stored));
    const [scenario] = storeOn(storage).scenarios.getState().scenarios;
    expect(scenario?.name).toBe('Far future');
    expect(() => new Date(scenario?.savedAt ?? Number.NaN).toISOString()).not.toThrow();
    expect(scenario?.updatedAt).toBe(0);
  });
});

describe('scenario store: ids outside secure contexts', () => {
  it('saves where crypto.randomUUID is missing (plain HTTP)', () => {
    Object.defineProperty(crypto, 'randomUUID', { value: undefined, configurable: true });
    try {
      const store = storeOn(new MemoryStorage());
      store.scenarios.getState().save(AWS);
      store.scenarios.getState().save(PI);
      const ids = store.scenarios.getState().scenarios.map((s) => s.id);
      expect(ids).toHaveLength(2);
      expect(ids[0]).toMatch(/^[0-9a-f]{32}$/);
      expect(ids[0]).not.toBe(ids[1]);
    } finally {
      Reflect.deleteProperty(crypto, 'randomUUID');
    }
  });
});
