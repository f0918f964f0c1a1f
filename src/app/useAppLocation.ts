import { useEffect, useSyncExternalStore } from 'react';
import { followInAppLink } from './navigation';

function subscribe(onChange: () => void): () => void {
  window.addEventListener('popstate', onChange);
  return () => window.removeEventListener('popstate', onChange);
}

const currentSearch = () => window.location.search;

/**
 * The query string of the page on screen. It follows Back, Forward and the
 * app's own links, whose plain clicks it turns into moves without a reload.
 */
export function useAppLocation(): string {
  useEffect(() => {
    // On the document, after React's handlers: a link that handles its own click wins.
    document.addEventListener('click', followInAppLink);
    return () => document.removeEventListener('click', followInAppLink);
  }, []);
  return useSyncExternalStore(subscribe, currentSearch);
}
