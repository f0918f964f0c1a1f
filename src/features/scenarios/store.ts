/**
 * Saved scenarios and how they persist; read this file first.
 *
 * Memory is one zustand store per tab. Storage is one localStorage key shared by
 * every tab, `STORAGE_KEY`: `{"state":{"scenarios":[…],"tombstones":[…]},"version":1}`.
 * Opening: `load` reads the key, `readStored` (stored.ts) validates it once,
 * bringing version 0 up to today's shape (migrate.ts), and `absorb` merges it in.
 * A change (save, rename, delete, undo) is written by `sync` (storage.ts): wait
 * for this tab's turn (Web Locks) → read the key → validate it the same way →
 * `absorb`: merge it with memory (merge.ts: by id, the latest change wins,
 * tombstones keep deletions) and take what is new into memory → write the merge
 * back. That write is the broadcast: the browser fires `storage` in other tabs.
 * Another tab's change: its `storage` event runs the same `sync` here (tabs.ts),
 * which also repairs a write that lost a race; `pagehide` runs a waiting sync.
 * A fault: data this version cannot use (unreadable, newer, an id twice) is
 * copied to a backup key before anything replaces it. A storage that throws or is
 * full never throws past `sync`: memory keeps every change ("kept in this tab"),
 * `problems` says so, and the next sync that succeeds writes it all and clears it;
 * until then, closing or reloading the tab asks first (leaving.ts).
 */
import { createStore, type StoreApi } from 'zustand/vanilla';
import type { Answers } from '../../../rules';
import { newId } from './ids';
import { warnBeforeLeaving } from './leaving';
import { mergePersisted, samePersisted, stamp } from './merge';
import { cleanName, defaultName, uniqueName } from './names';
import { createProblemStore, type ProblemState } from './problems';
import { createSync, type TabLocks } from './storage';
import { followOtherTabs } from './tabs';
import type { PersistedScenarios, Scenario } from './types';

/** The localStorage key; backups are `${STORAGE_KEY}.backup.<ISO time>[.n]`. */
export const STORAGE_KEY = 'k8s-os-advisor.scenarios';

/** Saved scenarios and what can be done with them. */
export interface ScenarioState extends PersistedScenarios {
  /** The last deleted scenario, until undone or another is deleted (memory only). */
  readonly recentlyDeleted: Scenario | undefined;
  /** Saves `answers`; the name is cleaned, defaults to one made from the answers, and is made unique. */
  readonly save: (answers: Answers, name?: string) => Scenario;
  readonly rename: (id: string, name: string) => void;
  readonly remove: (id: string) => void;
  /** Brings back the last deleted scenario. */
  readonly undoRemove: () => Scenario | undefined;
}

/** A scenario store with its persistence and its storage problems. */
export interface ScenarioStore {
  readonly scenarios: StoreApi<ScenarioState>;
  readonly problems: StoreApi<ProblemState>;
  /** Merges what other tabs stored into memory, and memory back into storage (as on a `storage` event). */
  readonly sync: () => void;
  /** Stops listening to other tabs. */
  readonly dispose: () => void;
}

/** Where and how a store persists; tests pass their own storage. */
interface ScenarioStoreOptions {
  readonly getStorage?: () => Storage;
  readonly name?: string;
  /** Follow other tabs' changes through the `storage` event (default true). */
  readonly listen?: boolean;
  /** How tabs take turns writing (default `navigator.locks` where the browser has it). */
  readonly locks?: TabLocks | undefined;
}

const persisted = (s: PersistedScenarios): PersistedScenarios => ({
  scenarios: s.scenarios,
  tombstones: s.tombstones,
});

/** Creates a scenario store persisted in `getStorage()` (localStorage by default). */
export function createScenarioStore(options: ScenarioStoreOptions = {}): ScenarioStore {
  const {
    getStorage = () => window.localStorage,
    name = STORAGE_KEY,
    listen = true,
    locks = typeof navigator === 'undefined' ? undefined : navigator.locks,
  } = options;
  const problems = createProblemStore();
  const scenarios = createStore<ScenarioState>()((set, get) => ({
    scenarios: [],
    tombstones: [],
    recentlyDeleted: undefined,
    save(answers, requested) {
      const fallback = defaultName(answers);
      const taken = get().scenarios.map((s) => s.name);
      const name = uniqueName(cleanName(requested ?? fallback, fallback), taken);
      const now = stamp();
      const scenario: Scenario = { id: newId(), name, answers, savedAt: now, updatedAt: now };
      set((s) => ({ scenarios: [...s.scenarios, scenario] }));
      return scenario;
    },
    rename(id, requested) {
      set((s) => ({
        scenarios: s.scenarios.map((sc) =>
          sc.id === id
            ? { ...sc, name: cleanName(requested, defaultName(sc.answers)), updatedAt: stamp() }
            : sc,
        ),
      }));
    },
    remove(id) {
      const gone = get().scenarios.find((s) => s.id === id);
      if (!gone) return;
      set((s) => ({
        scenarios: s.scenarios.filter((sc) => sc.id !== id),
        tombstones: [...s.tombstones, { id, deletedAt: stamp() }],
        recentlyDeleted: gone,
      }));
    },
    undoRemove() {
      const gone = get().recentlyDeleted;
      if (!gone) return undefined;
      // A fresh stamp outranks the deletion everywhere, in this tab and in others.
      const back = { ...gone, updatedAt: stamp() };
      absorb({ scenarios: [back], tombstones: [] });
      set({ recentlyDeleted: undefined });
      return back;
    },
  }));

  const current = () => persisted(scenarios.getState());
  /** The one merge: another copy (stored, or an undone deletion) into memory; returns the merge. */
  function absorb(other: PersistedScenarios): PersistedScenarios {
    const mine = current();
    const merged = mergePersisted(mine, other);
    if (!samePersisted(merged, mine)) scenarios.setState(merged);
    return merged;
  }

  const { report, resolve } = problems.getState();
  const storage = createSync(name, getStorage, { report, resolve, absorb, current }, locks);
  storage.load();
  // Every change to what is persisted is written, in this tab's turn.
  scenarios.subscribe((now, before) => {
    if (now.scenarios !== before.scenarios || now.tombstones !== before.tombstones) storage.sync();
  });
  // Changes memory holds and storage does not: the last write failed, and there is something to lose.
  const unwritten = () => {
    const { scenarios: saved, tombstones } = scenarios.getState();
    const failed = problems
      .getState()
      .problems.some((p) => p.kind === 'quota' || p.kind === 'unavailable');
    return failed && (saved.length > 0 || tombstones.length > 0);
  };
  const stops =
    listen && typeof window !== 'undefined'
      ? [followOtherTabs(name, storage), warnBeforeLeaving(unwritten)]
      : [];
  return {
    scenarios,
    problems,
    sync: storage.sync,
    dispose: () => stops.forEach((stop) => stop()),
  };
}

let shared: ScenarioStore | undefined;

/** The app's one scenario store over localStorage, created on first use. */
export function getScenarioStore(): ScenarioStore {
  shared ??= createScenarioStore();
  return shared;
}
