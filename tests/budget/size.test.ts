// Holds the app's initial JS to the size budget of SPEC §8, measured on the
// slow tier's one build of the app and the library floor (bench/floor/; see
// tests/build-once.ts). Byte counts of a build are deterministic, so this can
// be a test; timings are not and stay in bench/.
import { inject } from 'vitest';
import { eagerAssetsOfHtml } from '../../bench/lib/eager.mjs';
import { BUDGET_RATIO } from '../../bench/lib/size.mjs';

const sizes = inject('build');

describe('the size budget', () => {
  it(`keeps each page's initial JS (gzip) within ${BUDGET_RATIO}× the libraries' floor`, () => {
    const { app, floor } = sizes;
    expect(app.js.files.length).toBeGreaterThan(0);
    // Guards the measurement itself: a floor without the libraries would make any app pass,
    // and React's development build (~155 KB gzip) would mean NODE_ENV leaked into the build.
    expect(floor.js.total.gzip).toBeGreaterThan(60_000);
    expect(floor.js.total.gzip).toBeLessThan(110_000);
    const largest = app.origins.slice(0, 12).map((o) => `${o.origin} ${o.rendered}`);
    expect(
      app.js.total.gzip,
      `initial JS of the ${app.page} ${app.js.total.gzip} B gzip vs floor ${floor.js.total.gzip} B; largest origins (bytes before minification): ${largest.join(', ')}. Run npm run bench:size.`,
    ).toBeLessThanOrEqual(BUDGET_RATIO * floor.js.total.gzip);
  });

  it('counts modulepreloaded chunks and stylesheets as initial, nothing external', () => {
    const { js, css } = eagerAssetsOfHtml(
      [
        '<script type="module" crossorigin src="./assets/index-a.js"></script>',
        '<link rel="modulepreload" crossorigin href="./assets/vendor-b.js">',
        '<link rel="stylesheet" crossorigin href="./assets/index-c.css">',
        '<link rel="icon" href="./favicon.svg">',
        '<script type="module" src="https://cdn.example/x.js"></script>',
      ].join('\n'),
    );
    expect([...js]).toEqual(['assets/index-a.js', 'assets/vendor-b.js']);
    expect([...css]).toEqual(['assets/index-c.css']);
  });

  it('counts the chunks the page hint fetches for a page as that page’s initial JS', () => {
    const { pages } = eagerAssetsOfHtml(
      '<script type="application/json" id="page-code">{"result":["./assets/r.js","./assets/s.js"],"question":["./assets/q.js"]}</script>',
    );
    expect(Object.fromEntries(pages)).toEqual({
      result: ['assets/r.js', 'assets/s.js'],
      question: ['assets/q.js'],
    });
    expect(sizes.app.pages.map((p) => p.page)).toEqual(['landing', 'question', 'result']);
    const heaviest = Math.max(...sizes.app.pages.map((p) => p.gzip));
    expect(sizes.app.js.total.gzip).toBe(heaviest);
  });
});
