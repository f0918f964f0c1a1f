// The fuzz bench's printed report: families, one row per decoder, examples
// of anything that went wrong, round trips and the prototype check.
import { FAMILIES } from './fuzz-inputs.mjs';
import { table } from './table.mjs';

/** Prints the report of one fuzz run. */
export function printReport({ count, seed, chars, perFamily, decoders, stats, trips, polluted }) {
  console.log(
    `Fuzzed ${count.toLocaleString('en')} query strings (seed ${seed}, ${(chars / 1e6).toFixed(1)} M characters)\n`,
  );
  console.log(
    table(
      ['family', 'strings'],
      FAMILIES.map((f) => [f, perFamily[f].toLocaleString('en')]),
    ),
  );
  console.log('');
  const rate = (d) => count / (stats[d].ms / 1000);
  console.log(
    table(
      ['decoder', 'exceptions', 'broken invariants', 'useful results', 'strings/s', 'vs baseline'],
      decoders.map((decoder, d) => [
        decoder.name,
        stats[d].exceptions,
        stats[d].broken,
        stats[d].useful.toLocaleString('en'),
        Math.round(rate(d)).toLocaleString('en'),
        `${(rate(d) / rate(0)).toFixed(2)}×`,
      ]),
    ),
  );
  console.log(
    '\n"useful results": pairs read (baseline), ≥1 answer kept (share URL), ≥2 scenarios (comparison), true (isCompareLink).',
  );
  decoders.forEach((decoder, d) => {
    for (const [input, problem] of stats[d].examples)
      console.log(`\n${decoder.name} on ${JSON.stringify(input.slice(0, 200))}:\n  ${problem}`);
  });
  decoders.forEach((decoder, d) => {
    if (!decoder.reencode) return;
    console.log(
      `\n${decoder.name}: ${stats[d].reencode} results could not be encoded again (not counted as broken: only raw lone surrogates, which no browser URL holds, cause it).`,
    );
    for (const [input, problem] of stats[d].reencodeExamples)
      console.log(`  e.g. ${JSON.stringify(input.slice(0, 160))}…: ${problem}`);
  });
  console.log('');
  for (const [name, trip] of trips)
    console.log(
      `Round trip ${name}: ${trip.checked.toLocaleString('en')} sets, ${trip.mismatches} mismatches`,
    );
  console.log(`Object.prototype polluted: ${polluted ? 'YES' : 'no'}`);
}
