// npm run bench:size — builds the app and the library floor side by side and
// prints their initial JS and CSS (gzip and brotli) and the ratio app/floor.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { BUDGET_RATIO, measureAppAndFloor } from './lib/size.mjs';
import { kb, table } from './lib/table.mjs';

const workDir = await mkdtemp(join(tmpdir(), 'bench-size-'));
try {
  const { app, floor, ratio } = await measureAppAndFloor(workDir);
  /**
   * One table row: the same measure of both builds.
   * @param {string} label
   * @param {string} kind
   * @param {(build: import('./lib/size.mjs').BuildSizes) => import('./lib/size.mjs').Sizes} pick
   */
  const row = (label, kind, pick) => [
    label,
    kind,
    kb(pick(app).raw),
    kb(pick(app).gzip),
    kb(pick(app).brotli),
    kb(pick(floor).gzip),
    kb(pick(floor).brotli),
    pick(floor).gzip ? `${(pick(app).gzip / pick(floor).gzip).toFixed(3)}×` : 'n/a',
  ];
  console.log(
    `Initial load (what index.html fetches before the first render of the ${app.page})\n`,
  );
  console.log(
    table(
      ['', 'kind', 'app raw', 'app gzip', 'app br', 'floor gzip', 'floor br', 'app/floor gzip'],
      [
        row('initial', 'JS', (b) => b.js.total),
        row('initial', 'CSS', (b) => b.css.total),
        row('lazy', 'JS', (b) => b.lazy.total),
      ],
    ),
  );
  console.log('\nApp files\n');
  const files = [
    ...app.js.files.map((f) => ({ load: 'initial JS', ...f })),
    ...app.css.files.map((f) => ({ load: 'initial CSS', ...f })),
    ...app.lazy.files.map((f) => ({ load: 'lazy JS', ...f })),
  ];
  console.log(
    table(
      ['file', 'load', 'raw', 'gzip', 'brotli'],
      files.map((f) => [f.file, f.load, kb(f.raw), kb(f.gzip), kb(f.brotli)]),
    ),
  );
  console.log(
    '\nInitial JS by origin (module bytes as bundled, before minification: proportions only)\n',
  );
  const floorBytes = new Map(floor.origins.map((o) => [o.origin, kb(o.rendered)]));
  console.log(
    table(
      ['origin', 'app', 'floor'],
      app.origins
        .filter((o) => o.rendered >= 500)
        .map((o) => [o.origin, kb(o.rendered), floorBytes.get(o.origin) ?? '-']),
    ),
  );
  console.log('\nInitial JS of each page (the entry, and what the page hint fetches beside it)\n');
  console.log(
    table(
      ['page', 'app gzip', 'app/floor gzip'],
      app.pages.map((p) => [p.page, kb(p.gzip), `${(p.gzip / floor.js.total.gzip).toFixed(3)}×`]),
    ),
  );
  const verdict = ratio <= BUDGET_RATIO ? 'within budget' : 'OVER BUDGET';
  console.log(
    `\nInitial JS, gzip, of the heaviest page (${app.page}): app ${kb(app.js.total.gzip)} / floor ${kb(floor.js.total.gzip)} = ` +
      `${ratio.toFixed(3)}× (budget ≤ ${BUDGET_RATIO}×): ${verdict}`,
  );
} finally {
  await rm(workDir, { recursive: true, force: true });
}
