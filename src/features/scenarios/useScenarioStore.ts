import { createContext, useContext } from 'react';
import { useStore } from 'zustand';
import type { ProblemState } from './problems';
import { getScenarioStore, type ScenarioState, type ScenarioStore } from './store';

/**
 * The scenario store for the components below it: `<ScenarioStoreContext value={store}>`.
 * The app renders none, so its components use its one store over localStorage;
 * tests give each render a store of its own over memory.
 */
export const ScenarioStoreContext = createContext<ScenarioStore | undefined>(undefined);

/** The scenario store in use: the nearest context's, else the app's own (created on first use). */
export function useScenarioStore(): ScenarioStore {
  return useContext(ScenarioStoreContext) ?? getScenarioStore();
}

/** Selects from the saved scenarios of the store in use. */
export function useScenarios<T>(selector: (state: ScenarioState) => T): T {
  return useStore(useScenarioStore().scenarios, selector);
}

/** Selects from the storage problems of the store in use. */
export function useStorageProblems<T>(selector: (state: ProblemState) => T): T {
  return useStore(useScenarioStore().problems, selector);
}
