import { useStore } from 'zustand';
import { getScenarioStore, type ScenarioState, type ScenarioStore } from './store';
import type { ProblemState } from './problems';

/** Selects from the saved scenarios of `store` (the app's shared store by default). */
export function useScenarios<T>(selector: (state: ScenarioState) => T, store?: ScenarioStore): T {
  return useStore((store ?? getScenarioStore()).scenarios, selector);
}

/** Selects from the storage problems of `store` (the app's shared store by default). */
export function useStorageProblems<T>(
  selector: (state: ProblemState) => T,
  store?: ScenarioStore,
): T {
  return useStore((store ?? getScenarioStore()).problems, selector);
}
