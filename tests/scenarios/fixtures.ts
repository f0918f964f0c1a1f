import { createScenarioStore, type ScenarioStore } from '../../src/features/scenarios/store';
import { MemoryStorage } from './memoryStorage';

/** Complete answer sets used across the scenario tests. */
export const AWS_AT_WORK = {
  platform: 'aws',
  workload: 'production',
  rancher: 'no',
  maturity: 'proven',
  access: 'ssh',
  priority: 'familiarity',
  image: 'distribution',
} as const;

export const PI_AT_HOME = {
  platform: 'raspberry-pi',
  workload: 'experiments',
  rancher: 'no',
  kubernetes: 'lightweight',
  priority: 'footprint',
  image: 'distribution',
} as const;

export const CI_PIPELINES = {
  platform: 'ci',
  rancher: 'no',
  kubernetes: 'lightweight',
  priority: 'footprint',
  image: 'distribution',
} as const;

/** A store over its own in-memory storage, not listening to other tabs. */
export function freshStore(storage = new MemoryStorage()): ScenarioStore {
  return createScenarioStore({ getStorage: () => storage, listen: false });
}
