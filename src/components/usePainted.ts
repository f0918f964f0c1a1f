import { useEffect, useState } from 'react';

/**
 * False until the browser has painted the component's first render, then
 * true: for what may follow the first screen, so the first screen paints
 * without waiting for it. `initial` true skips the wait. A hidden tab paints
 * nothing, so there it waits until the tab is shown.
 */
export function usePainted(initial = false): boolean {
  const [painted, setPainted] = useState(initial);
  useEffect(() => {
    if (painted) return;
    let timer: ReturnType<typeof setTimeout> | undefined;
    // A frame's callback runs just before it paints; a task queued from there runs after.
    const frame = requestAnimationFrame(() => {
      timer = setTimeout(() => setPainted(true), 0);
    });
    return () => {
      cancelAnimationFrame(frame);
      clearTimeout(timer);
    };
  }, [painted]);
  return painted;
}
