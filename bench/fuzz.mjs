// npm run bench:fuzz [count] [seed] — drives seeded random query strings
// (1,000,000 by default) through the share-URL decoder and the comparison-
// link decoders, counts exceptions and broken invariants, and prints
// throughput beside the platform's own URLSearchParams on the same strings.
// Node 20 cannot run TypeScript, so the decoders (and rules/) are bundled
// for Node by Vite's SSR build into a temporary directory first.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { decoderChecks } from './lib/fuzz-checks.mjs';
import { roundTripAnswers, roundTripComparisons } from './lib/fuzz-round-trips.mjs';
import { FAMILIES, queryStrings } from './lib/fuzz-inputs.mjs';
import { printReport } from './lib/fuzz-report.mjs';
import { prng } from './lib/random.mjs';
import { importTypeScript } from './lib/ts-for-node.mjs';

const COUNT = Number(process.argv[2] ?? process.env.FUZZ_COUNT ?? 1_000_000);
const SEED = Number(process.argv[3] ?? process.env.FUZZ_SEED ?? 20191104);
const BATCH = 10_000;
const ROUND_TRIPS = 100_000;

const outDir = await mkdtemp(join(tmpdir(), 'bench-fuzz-'));
/** @type {import('./lib/fuzz-checks.mjs').FuzzModules} */
let modules;
try {
  const bundled = await importTypeScript(
    {
      rules: 'rules/index.ts',
      codec: 'src/features/share/codec.ts',
      compareLink: 'src/features/share/compareLink.ts',
      limits: 'src/components/scenarioLimits.ts',
    },
    outDir,
  );
  // The bundles of exactly those sources, so they have the sources' types.
  modules = /** @type {import('./lib/fuzz-checks.mjs').FuzzModules} */ (
    /** @type {unknown} */ (bundled)
  );
} finally {
  await rm(outDir, { recursive: true, force: true });
}
const { rules } = modules;
/** @type {import('./lib/fuzz-checks.mjs').Decoder<[string, string][]>} */
const baseline = {
  name: 'URLSearchParams (baseline)',
  run: (s) => [...new URLSearchParams(s)],
  useful: (pairs) => pairs.length > 0,
  check: () => [],
};
const decoders = [baseline, ...decoderChecks(modules)];

const next = queryStrings(SEED, rules);
/** @type {Record<string, number>} */
const perFamily = Object.fromEntries(FAMILIES.map((f) => [f, 0]));
/** @typedef {import('./lib/fuzz-report.mjs').DecoderStats} DecoderStats */
const runs = decoders.map((decoder) => ({
  decoder,
  /** @type {DecoderStats} */
  stat: {
    ...{ ms: 0, exceptions: 0, broken: 0, useful: 0, reencode: 0 },
    ...{ examples: [], reencodeExamples: [] },
  },
}));
/** @param {DecoderStats} stat @param {string} input @param {string} problem */
const note = (stat, input, problem) => {
  if (stat.examples.length < 5) stat.examples.push([input, problem]);
};
let chars = 0;
const protoKeys = Object.getOwnPropertyNames(Object.prototype).sort().join();
for (let done = 0; done < COUNT; done += BATCH) {
  const batch = Array.from({ length: Math.min(BATCH, COUNT - done) }, next);
  for (const { family, text } of batch) {
    perFamily[family] = (perFamily[family] ?? 0) + 1;
    chars += text.length;
  }
  for (const { decoder, stat } of runs) {
    /** @type {unknown[]} */
    const results = new Array(batch.length);
    const start = performance.now();
    batch.forEach(({ text }, i) => {
      try {
        results[i] = decoder.run(text);
      } catch (error) {
        results[i] = error;
        stat.exceptions += 1;
        note(stat, text, String(error));
      }
    });
    stat.ms += performance.now() - start;
    // Checked outside the timed loop: throughput is the decoder's alone.
    results.forEach((result, i) => {
      const text = batch[i]?.text ?? '';
      if (result instanceof Error) return;
      const problems = decoder.check(result);
      if (problems.length > 0) {
        stat.broken += 1;
        note(stat, text, problems.join('; '));
        return;
      }
      if (decoder.useful(result)) stat.useful += 1;
      try {
        decoder.reencode?.(result);
      } catch (error) {
        stat.reencode += 1;
        if (stat.reencodeExamples.length < 2) stat.reencodeExamples.push([text, String(error)]);
      }
    });
  }
}
const polluted =
  Object.getOwnPropertyNames(Object.prototype).sort().join() !== protoKeys ||
  /** @type {Record<string, unknown>} */ ({}).polluted !== undefined;
/** @type {[string, { checked: number, mismatches: number }][]} */
const trips = [
  ['encodeAnswers → decodeAnswers', roundTripAnswers(modules, prng(SEED), ROUND_TRIPS)],
  [
    'encodeCompareLink → decodeCompareLink',
    roundTripComparisons(modules, prng(SEED), ROUND_TRIPS / 10),
  ],
];

printReport({ count: COUNT, seed: SEED, chars, perFamily, runs, trips, polluted });
// A decoder that throws or breaks its contract counts as a crash of this bench.
const failed =
  polluted ||
  trips.some(([, trip]) => trip.mismatches > 0) ||
  runs.slice(1).some(({ stat }) => stat.exceptions + stat.broken > 0);
process.exitCode = failed ? 1 : 0;
