// Injected into every page the latency bench opens, before the page's own
// scripts. It logs each change of the first h1's text with the time the DOM
// changed and the time of the next frame after it (performance.now(), so
// milliseconds since navigation started), and the time of the last click on
// a button. Runs as a Playwright init script, so the page's CSP does not apply.

/** The init script's source. */
export const H1_WATCH = `(() => {
  const bench = (window.__bench = { h1: [], clickAt: null });
  const record = () => {
    const text = document.querySelector('h1')?.textContent?.trim() ?? '';
    const last = bench.h1[bench.h1.length - 1];
    if (!text || (last && last.text === text)) return;
    const entry = { text, dom: performance.now(), frame: null };
    bench.h1.push(entry);
    requestAnimationFrame(() => setTimeout(() => { entry.frame = performance.now(); }, 0));
  };
  new MutationObserver(record).observe(document, { childList: true, subtree: true, characterData: true });
  document.addEventListener('click', (event) => {
    if (event.target instanceof Element && event.target.closest('button')) bench.clickAt = performance.now();
  }, true);
})();`;

/**
 * What the init script logs: each h1 text with its times, and the last click on a button.
 * @typedef {{ h1: { text: string, dom: number, frame: number | null }[], clickAt: number | null }} H1Log
 */

/**
 * Waits until the h1 has not changed for `quietMs`, then resolves to the page's log.
 * @param {import('@playwright/test').Page} page
 * @returns {Promise<H1Log>}
 */
export async function settledH1(page, quietMs = 400, timeoutMs = 15_000) {
  const started = Date.now();
  for (;;) {
    /** @type {H1Log} */
    const bench = await page.evaluate(
      () => /** @type {Window & { __bench: H1Log }} */ (/** @type {unknown} */ (window)).__bench,
    );
    const last = bench.h1[bench.h1.length - 1];
    const now = await page.evaluate(() => performance.now());
    if (last && last.frame !== null && now - last.dom >= quietMs) return bench;
    if (Date.now() - started > timeoutMs)
      throw new Error(`no settled h1 on ${page.url()} (log: ${JSON.stringify(bench.h1)})`);
    await page.waitForTimeout(50);
  }
}
