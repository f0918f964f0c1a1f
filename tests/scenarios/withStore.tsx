import type { ReactNode } from 'react';
import type { ScenarioStore } from '../../src/features/scenarios/store';
import { ScenarioStoreContext } from '../../src/features/scenarios/useScenarioStore';

/** Render options that give the scenario components `store` instead of the app's own. */
export function withStore(store: ScenarioStore) {
  return {
    wrapper: ({ children }: { children: ReactNode }) => (
      <ScenarioStoreContext value={store}>{children}</ScenarioStoreContext>
    ),
  };
}
