import { afterEach, describe, expect, it } from 'vitest';
import {
  STORAGE_KEY,
  createScenarioStore,
  type ScenarioStore,
} from '../../src/features/scenarios/store';
import { MemoryStorage } from './memoryStorage';
import { AWS_AT_WORK as AWS, PI_HOMELAB as PI, CI_PIPELINES as CI } from './fixtures';

/** A storage whose methods throw, as chosen, until told otherwise. */
class FaultyStorage extends MemoryStorage {
  failing = new Set<'getItem' | 'setItem' | 'removeItem' | 'key' | 'length'>();
  private check(method: 'getItem' | 'setItem' | 'removeItem' | 'key' | 'length') {
    if (this.failing.has(method))
      throw new DOMException('The operation is insecure.', 'SecurityError');
  }
  override get length(): number {
    this.check('length');
    return super.length;
  }
  override key(index: number): string | null {
    this.check('key');
    return super.key(index);
  }
  override getItem(key: string): string | null {
    this.check('getItem');
    return super.getItem(key);
  }
  override setItem(key: string, value: string): void {
    this.check('setItem');
    super.setItem(key, value);
  }
  override removeItem(key: string): void {
    this.check('removeItem');
    super.removeItem(key);
  }
}
const EVERY = ['getItem', 'setItem', 'removeItem', 'key', 'length'] as const;

const open: ScenarioStore[] = [];
function storeOn(getStorage: () => Storage): ScenarioStore {
  const store = createScenarioStore({ getStorage, listen: false });
  open.push(store);
  return store;
}
afterEach(() => open.splice(0).forEach((s) => s.dispose()));

const names = (store: ScenarioStore) => store.scenarios.getState().scenarios.map((s) => s.name);
const storedNames = (storage: MemoryStorage) =>
  (
    JSON.parse(storage.getItem(STORAGE_KEY) ?? '{}') as { state: { scenarios: { name: string }[] } }
  ).state.scenarios.map((s) => s.name);
const problems = (store: ScenarioStore) => store.problems.getState().problems;

describe('scenario store: a storage whose calls throw', () => {
  it.each([
    ['getItem throws (a corrupted Firefox profile)', ['getItem'] as const],
    ['every method throws SecurityError', EVERY],
  ])('%s: saving, renaming and deleting work in memory, and the person is told', (_, methods) => {
    const storage = new FaultyStorage();
    storage.setItem(
      STORAGE_KEY,
      JSON.stringify({ state: { scenarios: [], tombstones: [] }, version: 1 }),
    );
    const stored = storage.getItem(STORAGE_KEY);
    methods.forEach((m) => storage.failing.add(m));
    const store = storeOn(() => storage);
    const { save, rename, remove } = store.scenarios.getState();
    const work = save(AWS, 'Work');
    expect(save(PI, 'Home').name).toBe('Home');
    rename(work.id, 'Office');
    remove(work.id);
    expect(names(store)).toEqual(['Home']);
    expect(problems(store)).toEqual([{ kind: 'unavailable' }]);
    storage.failing.clear();
    // Nothing it could not read was written over.
    expect(storage.getItem(STORAGE_KEY)).toBe(stored);
  });

  it('the localStorage getter itself throwing (cookies blocked) is the same path', () => {
    const store = storeOn(() => {
      throw new DOMException('Access is denied for this document.', 'SecurityError');
    });
    expect(store.scenarios.getState().save(CI, 'Pipelines').name).toBe('Pipelines');
    expect(names(store)).toEqual(['Pipelines']);
    expect(problems(store)).toEqual([{ kind: 'unavailable' }]);
  });

  it('when storage comes back, the next change writes memory and what was stored together', () => {
    const storage = new FaultyStorage();
    storeOn(() => storage)
      .scenarios.getState()
      .save(AWS, 'Stored before');
    storage.failing.add('getItem');
    const store = storeOn(() => storage);
    store.scenarios.getState().save(PI, 'Kept in the tab');
    storage.failing.clear();
    expect(storedNames(storage)).toEqual(['Stored before']);
    store.scenarios.getState().save(CI, 'After');
    expect(storedNames(storage)).toEqual(['Stored before', 'Kept in the tab', 'After']);
    expect(names(store)).toEqual(['Stored before', 'Kept in the tab', 'After']);
    expect(problems(store)).toEqual([]);
  });

  it('a backup that cannot be listed (key throws) leaves the unreadable data alone', () => {
    const storage = new FaultyStorage();
    storage.setItem(STORAGE_KEY, '<<corrupted>>');
    storage.failing.add('key');
    const store = storeOn(() => storage);
    store.scenarios.getState().save(AWS, 'Work');
    storage.failing.clear();
    expect(storage.getItem(STORAGE_KEY)).toBe('<<corrupted>>');
    expect(names(store)).toEqual(['Work']);
    expect(problems(store)).toEqual([{ kind: 'unavailable' }]);
  });
});

describe('scenario store: two stored scenarios with one id', () => {
  it('keeps the newer in use, the whole stored value aside, and says so', () => {
    const storage = new MemoryStorage();
    const copy = (name: string, updatedAt: number) => ({
      id: 'same',
      name,
      answers: CI,
      savedAt: 1,
      updatedAt,
    });
    const raw = JSON.stringify({
      state: { scenarios: [copy('Newer', 5), copy('Older', 3)], tombstones: [] },
      version: 1,
    });
    storage.setItem(STORAGE_KEY, raw);
    const store = storeOn(() => storage);
    expect(names(store)).toEqual(['Newer']);
    const [backupKey] = storage.keys(`${STORAGE_KEY}.backup.`);
    expect(storage.getItem(backupKey ?? '')).toBe(raw);
    expect(problems(store)).toEqual([{ kind: 'duplicates', backupKey }]);
    store.problems.getState().dismiss('duplicates');
    store.scenarios.getState().save(AWS, 'Work');
    expect(storedNames(storage)).toEqual(['Newer', 'Work']);
    // Told once: the dismissed notice does not come back with the next save.
    expect(problems(store)).toEqual([]);
    expect(storage.keys(`${STORAGE_KEY}.backup.`)).toEqual([backupKey]);
  });
});
