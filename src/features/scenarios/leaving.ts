/**
 * Asks the person to confirm before the page is closed or reloaded while
 * `unwritten()` says some of their changes live only in this tab's memory
 * (the storage was full or blocked at the last write): leaving would lose them.
 * The browser words the question itself. Returns the cleanup.
 */
export function warnBeforeLeaving(unwritten: () => boolean): () => void {
  const onBeforeUnload = (event: BeforeUnloadEvent) => {
    if (!unwritten()) return;
    event.preventDefault();
    // Safari and older browsers ask only when `returnValue` is set as well.
    event.returnValue = true;
  };
  window.addEventListener('beforeunload', onBeforeUnload);
  return () => window.removeEventListener('beforeunload', onBeforeUnload);
}
