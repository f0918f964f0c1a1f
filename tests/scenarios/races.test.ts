import { afterEach, describe, expect, it } from 'vitest';
import {
  STORAGE_KEY,
  createScenarioStore,
  type ScenarioStore,
} from '../../src/features/scenarios/store';
import type { TabLocks } from '../../src/features/scenarios/storage';
import { MemoryStorage } from './memoryStorage';
import { AWS_AT_WORK as AWS, PI_HOMELAB as PI, CI_PIPELINES as CI } from './fixtures';

/**
 * localStorage as Chromium shares it between tabs: each tab reads and writes
 * its own copy at once; the writes reach the shared area and the other tabs
 * (with a `storage` event) later, in order, the last one winning.
 */
class Browser {
  readonly shared = new MemoryStorage();
  private readonly tabs: { copy: TabStorage; store?: ScenarioStore }[] = [];
  private readonly pending: { from: TabStorage; key: string; value: string }[] = [];

  openTab(): ScenarioStore {
    const copy = new TabStorage(this, this.shared);
    const tab: { copy: TabStorage; store?: ScenarioStore } = { copy };
    this.tabs.push(tab);
    tab.store = createScenarioStore({ getStorage: () => copy, listen: false });
    return tab.store;
  }
  queue(from: TabStorage, key: string, value: string) {
    this.pending.push({ from, key, value });
  }
  /** Delivers every write, and those the storage events cause, until all is quiet. */
  settle() {
    for (let write = this.pending.shift(); write; write = this.pending.shift()) {
      this.shared.setItem(write.key, write.value);
      for (const tab of this.tabs) {
        if (tab.copy === write.from) continue;
        tab.copy.receive(write.key, write.value);
        tab.store?.sync();
      }
    }
  }
}

class TabStorage extends MemoryStorage {
  constructor(
    private readonly browser: Browser,
    shared: MemoryStorage,
  ) {
    super();
    for (const key of shared.keys()) super.setItem(key, shared.getItem(key) ?? '');
  }
  override setItem(key: string, value: string): void {
    super.setItem(key, value);
    this.browser.queue(this, key, value);
  }
  receive(key: string, value: string) {
    super.setItem(key, value);
  }
}

const open: ScenarioStore[] = [];
afterEach(() => open.splice(0).forEach((s) => s.dispose()));
const names = (store: ScenarioStore) =>
  store.scenarios
    .getState()
    .scenarios.map((s) => s.name)
    .sort();
const ANSWERS = [AWS, PI, CI];

describe('scenario store: tabs writing in the same instant', () => {
  it('loses nothing: 5 tabs × 5 rounds of saves, renames and deletes end with exactly the expected scenarios in every tab and in storage', () => {
    const browser = new Browser();
    const tabs = Array.from({ length: 5 }, () => browser.openTab());
    open.push(...tabs);
    const expected = new Set<string>();
    for (let round = 1; round <= 5; round++) {
      // Every tab acts before any write reaches another tab.
      tabs.forEach((tab, t) => {
        const { save, rename, remove } = tab.scenarios.getState();
        const mine = tab.scenarios.getState().scenarios.filter((s) => s.name.startsWith(`t${t} `));
        save(ANSWERS[round % 3] ?? CI, `t${t} r${round}`);
        expected.add(`t${t} r${round}`);
        const [first, second] = mine;
        if (first && !first.name.endsWith('renamed')) {
          rename(first.id, `${first.name} renamed`);
          expected.delete(first.name);
          expected.add(`${first.name} renamed`);
        }
        if (second && round % 2 === 0) {
          remove(second.id);
          expected.delete(second.name);
        }
      });
      browser.settle();
      for (const tab of tabs) expect(names(tab)).toEqual([...expected].sort());
    }
    const fresh = createScenarioStore({ getStorage: () => browser.shared, listen: false });
    open.push(fresh);
    expect(names(fresh)).toEqual([...expected].sort());
    expect(expected.size).toBeGreaterThanOrEqual(15);
  });

  it('a rename and a delete of one scenario at once: every tab agrees, and the deleted copy never comes back under its old name', () => {
    const browser = new Browser();
    const a = browser.openTab();
    const work = a.scenarios.getState().save(AWS, 'Work');
    browser.settle();
    const b = browser.openTab();
    open.push(a, b);
    a.scenarios.getState().remove(work.id);
    b.scenarios.getState().rename(work.id, 'Office');
    browser.settle();
    expect(names(a)).toEqual(names(b));
    expect(names(a)).not.toContain('Work');
  });
});

/** Web Locks that grant turns only when told, one at a time, in order. */
class Turns implements TabLocks {
  private readonly waiting: (() => void)[] = [];
  request = ((_name: string, callback: () => void) =>
    new Promise<void>((resolve) =>
      this.waiting.push(() => resolve(callback())),
    )) as TabLocks['request'];
  grantAll() {
    while (this.waiting.length > 0) this.waiting.shift()?.();
  }
  get queued() {
    return this.waiting.length;
  }
}

describe('scenario store: writing in turns (Web Locks)', () => {
  it('writes in its turn, once for several changes, and at once when the page goes away', () => {
    const storage = new MemoryStorage();
    const locks = new Turns();
    const store = createScenarioStore({ getStorage: () => storage, listen: true, locks });
    open.push(store);
    store.scenarios.getState().save(AWS, 'Work');
    store.scenarios.getState().save(PI, 'Home');
    expect(storage.getItem(STORAGE_KEY)).toBeNull();
    expect(locks.queued).toBe(1);
    locks.grantAll();
    expect(storage.getItem(STORAGE_KEY)).toMatch(/"Work".*"Home"/);

    store.scenarios.getState().save(CI, 'Pipelines');
    window.dispatchEvent(new Event('pagehide'));
    expect(storage.getItem(STORAGE_KEY)).toMatch(/"Pipelines"/);
  });

  it('writes at once when the browser refuses the lock', async () => {
    const storage = new MemoryStorage();
    const locks: TabLocks = {
      request: (() =>
        Promise.reject(new DOMException('no', 'SecurityError'))) as TabLocks['request'],
    };
    const store = createScenarioStore({ getStorage: () => storage, listen: false, locks });
    open.push(store);
    store.scenarios.getState().save(AWS, 'Work');
    await Promise.resolve();
    await Promise.resolve();
    expect(storage.getItem(STORAGE_KEY)).toMatch(/"Work"/);
  });
});
