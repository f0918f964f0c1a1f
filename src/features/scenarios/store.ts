import { createStore, type StoreApi } from 'zustand/vanilla';
import { persist } from 'zustand/middleware';
import type { Answers } from '../../../rules';
import { mergePersisted, stamp } from './merge';
import { SCENARIOS_VERSION, migrateScenarios } from './migrate';
import { newId } from './ids';
import { cleanName, defaultName, uniqueName } from './names';
import { createProblemStore, type ProblemState } from './problems';
import { createScenarioStorage, type TabLocks } from './storage';
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
  readonly scenarios: StoreApi<ScenarioState> & { persist: { rehydrate: () => Promise<void> } };
  readonly problems: StoreApi<ProblemState>;
  /** Merges what other tabs stored into memory, and memory back into storage (as on a `storage` event). */
  readonly sync: () => void;
  /** Stops listening to other tabs. */
  readonly dispose: () => void;
}

/** Where and how a store persists; tests pass their own storage. */
export interface ScenarioStoreOptions {
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
  const storage = createScenarioStorage(
    name,
    getStorage,
    {
      report: (problem) => problems.getState().report(problem),
      resolve: (kind) => problems.getState().resolve(kind),
      current: () => persisted(scenarios.getState()),
      adopt: (state) => scenarios.setState(persisted(state)),
    },
    locks,
  );

  const scenarios = createStore<ScenarioState>()(
    persist<ScenarioState, [], [], PersistedScenarios>(
      (set, get) => ({
        scenarios: [],
        tombstones: [],
        recentlyDeleted: undefined,
        save(answers, requested) {
          const fallback = defaultName(answers);
          const taken = get().scenarios.map((s) => s.name);
          const name = uniqueName(cleanName(requested ?? fallback, fallback), taken);
          const now = stamp();
          const scenario: Scenario = {
            id: newId(),
            name,
            answers,
            savedAt: now,
            updatedAt: now,
          };
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
          set((s) => ({
            ...mergePersisted({ scenarios: [back], tombstones: [] }, persisted(s)),
            recentlyDeleted: undefined,
          }));
          return back;
        },
      }),
      {
        name,
        version: SCENARIOS_VERSION,
        storage,
        partialize: persisted,
        migrate: migrateScenarios,
        // Rehydrating (another tab wrote) merges rather than replaces, so nothing
        // this tab could not write (a full quota) is dropped.
        merge: (stored, current) =>
          stored
            ? { ...current, ...mergePersisted(persisted(current), stored as PersistedScenarios) }
            : current,
      },
    ),
  );

  const stop = listen && typeof window !== 'undefined' ? followOtherTabs(name, storage) : undefined;
  return { scenarios, problems, sync: storage.sync, dispose: () => stop?.() };
}

let shared: ScenarioStore | undefined;

/** The app's one scenario store over localStorage, created on first use. */
export function getScenarioStore(): ScenarioStore {
  shared ??= createScenarioStore();
  return shared;
}
