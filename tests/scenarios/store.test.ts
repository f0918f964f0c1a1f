import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import { MAX_NAME_LENGTH, plainName } from '../../src/components/scenarioLimits';
import { cleanName } from '../../src/features/scenarios/names';
import {
  STORAGE_KEY,
  createScenarioStore,
  type ScenarioStore,
} from '../../src/features/scenarios/store';
import { MemoryStorage } from './memoryStorage';
import { AWS_AT_WORK as AWS, CI_PIPELINES as CI, PI_HOMELAB as PI } from './fixtures';

const open: ScenarioStore[] = [];
function storeOn(storage: MemoryStorage): ScenarioStore {
  const store = createScenarioStore({ getStorage: () => storage, listen: false });
  open.push(store);
  return store;
}
const names = (store: ScenarioStore) => store.scenarios.getState().scenarios.map((s) => s.name);
const storedNames = (storage: MemoryStorage) =>
  (
    JSON.parse(storage.getItem(STORAGE_KEY) ?? '{}') as { state: { scenarios: { name: string }[] } }
  ).state.scenarios.map((s) => s.name);

afterEach(() => open.splice(0).forEach((s) => s.dispose()));

describe('scenario store: saving, renaming, deleting', () => {
  it('saves with a default name made from the answers, unique among saved names', () => {
    const store = storeOn(new MemoryStorage());
    const first = store.scenarios.getState().save(AWS);
    store.scenarios.getState().save(AWS);
    store.scenarios.getState().save(PI);
    expect(first).toMatchObject({ name: 'AWS · production · no Rancher', answers: AWS });
    expect(names(store)).toEqual([
      'AWS · production · no Rancher',
      'AWS · production · no Rancher (2)',
      'Raspberry Pi · experiments · no Rancher',
    ]);
  });

  it('keeps names plain, trimmed, at most 80 characters and never empty', () => {
    const store = storeOn(new MemoryStorage());
    const { save, rename } = store.scenarios.getState();
    const a = save(AWS, '   <b>Work</b>\n cluster  ');
    save(PI, 'x'.repeat(200));
    expect(names(store)).toEqual(['<b>Work</b> cluster', 'x'.repeat(80)]);
    rename(a.id, '   ');
    expect(names(store)[0]).toBe('AWS · production · no Rancher');
    rename(a.id, ' Home lab ');
    expect(names(store)[0]).toBe('Home lab');
  });

  it('removes bidi controls and zero-width characters from names; a name of nothing else gets the default', () => {
    const store = storeOn(new MemoryStorage());
    const { save, rename } = store.scenarios.getState();
    const a = save(AWS, '\u202Egnp.exe');
    save(PI, 'Home\u200B\u200Blab\u2066\u2069\u200E\u200F\u061C\u2060\uFEFF\u200C\u200D');
    save(CI, '\u200B \u200B');
    expect(names(store)).toEqual(['gnp.exe', 'Homelab', 'CI pipelines · no Rancher']);
    rename(a.id, '\u202A\u202B\u202C\u202D');
    expect(names(store)[0]).toBe('AWS · production · no Rancher');
  });

  it('deletes, and undo brings the scenario back in memory and in storage', () => {
    const storage = new MemoryStorage();
    const store = storeOn(storage);
    const a = store.scenarios.getState().save(AWS, 'Work');
    store.scenarios.getState().save(PI, 'Home');
    store.scenarios.getState().remove(a.id);
    expect(names(store)).toEqual(['Home']);
    expect(storedNames(storage)).toEqual(['Home']);
    expect(store.scenarios.getState().undoRemove()).toMatchObject({ id: a.id, name: 'Work' });
    expect(names(store)).toEqual(['Work', 'Home']);
    expect(storedNames(storage)).toEqual(['Work', 'Home']);
    expect(store.scenarios.getState().undoRemove()).toBeUndefined();
  });

  it('survives a reload: a new store on the same storage reads every scenario', () => {
    const storage = new MemoryStorage();
    const before = storeOn(storage);
    before.scenarios.getState().save(AWS, 'Work');
    before.scenarios.getState().save(PI, 'Home');
    const after = storeOn(storage);
    expect(after.scenarios.getState().scenarios).toEqual(before.scenarios.getState().scenarios);
    expect(after.problems.getState().problems).toEqual([]);
  });

  it('never stores a recommendation, only the answers', () => {
    const storage = new MemoryStorage();
    storeOn(storage).scenarios.getState().save(AWS, 'Work');
    const stored = JSON.parse(storage.getItem(STORAGE_KEY) ?? '') as {
      version: number;
      state: object;
    };
    expect(stored.version).toBe(1);
    expect(Object.keys(stored.state).sort()).toEqual(['scenarios', 'tombstones']);
    expect(storage.getItem(STORAGE_KEY)).not.toMatch(/top|ranking|recentlyDeleted/);
  });
});

describe('scenario names: the quick path for names already clean', () => {
  it('gives what the full cleaning gives, for any text', () => {
    const full = (input: string) =>
      Array.from(plainName(input)).slice(0, MAX_NAME_LENGTH).join('').trim() || 'Default';
    const text = fc.oneof(
      fc.string({ unit: 'binary', maxLength: 90 }),
      fc.string({
        unit: fc.constantFrom('a', ' ', '\u00A0', '\t', '\u200B', '\u202E', '\uD83D', '\uDE00'),
        maxLength: 90,
      }),
    );
    fc.assert(
      fc.property(text, (input) => {
        expect(cleanName(input, 'Default')).toBe(full(input));
      }),
      { numRuns: 5000 },
    );
  });
});
