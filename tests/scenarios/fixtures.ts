import { createScenarioStore, type ScenarioStore } from '../../src/features/scenarios/store';
import { MemoryStorage } from './memoryStorage';

export { AWS_AT_WORK, CI_PIPELINES, PI_HOMELAB } from '../fixtures/answers';

/** A store over its own in-memory storage, not listening to other tabs. */
export function freshStore(storage = new MemoryStorage()): ScenarioStore {
  return createScenarioStore({ getStorage: () => storage, listen: false });
}
