// The fuzz bench's printed report: families, one row per decoder, examples
// of anything that went wrong, round trips and the prototype check.
import { FAMILIES } from './fuzz-inputs.mjs';
import { table } from './table.mjs';

/**
 * What one decoder did over the run.
 * @typedef {object} DecoderStats
 * @property {number} ms time inside the decoder
 * @property {number} exceptions
 * @property {number} broken results that broke an invariant
 * @property {number} useful
 * @property {number} reencode results that could not be encoded again
 * @property {[string, string][]} examples input and problem
 * @property {[string, string][]} reencodeExamples
 */

/**
 * Prints the report of one fuzz run; `runs[0]` is the baseline.
 * @param {object} report
 * @param {number} report.count
 * @param {number} report.seed
 * @param {number} report.chars
 * @param {Record<string, number>} report.perFamily
 * @param {{ decoder: import('./fuzz-checks.mjs').Decoder<unknown>, stat: DecoderStats }[]} report.runs
 * @param {[string, { checked: number, mismatches: number }][]} report.trips
 * @param {boolean} report.polluted
 */
export function printReport({ count, seed, chars, perFamily, runs, trips, polluted }) {
  console.log(
    `Fuzzed ${count.toLocaleString('en')} query strings (seed ${seed}, ${(chars / 1e6).toFixed(1)} M characters)\n`,
  );
  console.log(
    table(
      ['family', 'strings'],
      FAMILIES.map((f) => [f, (perFamily[f] ?? 0).toLocaleString('en')]),
    ),
  );
  console.log('');
  /** @param {DecoderStats} stat */
  const rate = (stat) => count / (stat.ms / 1000);
  const baseline = runs[0] ? rate(runs[0].stat) : NaN;
  console.log(
    table(
      ['decoder', 'exceptions', 'broken invariants', 'useful results', 'strings/s', 'vs baseline'],
      runs.map(({ decoder, stat }) => [
        decoder.name,
        stat.exceptions,
        stat.broken,
        stat.useful.toLocaleString('en'),
        Math.round(rate(stat)).toLocaleString('en'),
        `${(rate(stat) / baseline).toFixed(2)}×`,
      ]),
    ),
  );
  console.log(
    '\n"useful results": pairs read (baseline), ≥1 answer kept (share URL), ≥2 scenarios (comparison), true (isCompareLink).',
  );
  for (const { decoder, stat } of runs)
    for (const [input, problem] of stat.examples)
      console.log(`\n${decoder.name} on ${JSON.stringify(input.slice(0, 200))}:\n  ${problem}`);
  for (const { decoder, stat } of runs) {
    if (!decoder.reencode) continue;
    console.log(
      `\n${decoder.name}: ${stat.reencode} results could not be encoded again (not counted as broken: only raw lone surrogates, which no browser URL holds, cause it).`,
    );
    for (const [input, problem] of stat.reencodeExamples)
      console.log(`  e.g. ${JSON.stringify(input.slice(0, 160))}…: ${problem}`);
  }
  console.log('');
  for (const [name, trip] of trips)
    console.log(
      `Round trip ${name}: ${trip.checked.toLocaleString('en')} sets, ${trip.mismatches} mismatches`,
    );
  console.log(`Object.prototype polluted: ${polluted ? 'YES' : 'no'}`);
}
