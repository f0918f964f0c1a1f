import type { ScenarioSync } from './storage';

/**
 * Keeps this tab in step with the others: when another tab writes `name`, its
 * changes are taken in and the merge written back, in case that write lost
 * something of this tab's (two writes in the same instant); a change still
 * waiting for its turn is written before the page goes. Returns the cleanup.
 */
export function followOtherTabs(name: string, storage: ScenarioSync): () => void {
  const onStorage = (event: StorageEvent) => {
    if (event.key === name || event.key === null) storage.sync();
  };
  const onPageHide = () => storage.flush();
  window.addEventListener('storage', onStorage);
  window.addEventListener('pagehide', onPageHide);
  return () => {
    window.removeEventListener('storage', onStorage);
    window.removeEventListener('pagehide', onPageHide);
  };
}
