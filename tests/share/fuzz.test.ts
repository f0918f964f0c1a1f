import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  OPTION_VALUES,
  allAnswerSets,
  isComplete,
  isOptionValue,
  isQuestionId,
  pruneAnswers,
} from '../../rules';
import { decodeAnswers, encodeAnswers } from '../../src/features/share/codec';

const RUNS = 100_000;

// Pieces a share link is made of, real and broken, so the fuzz reaches every
// branch of the decoder rather than only "unknown key".
const KEYS = [
  'v',
  ...Object.keys(OPTION_VALUES),
  '__proto__',
  'constructor',
  'prototype',
  'Platform',
  '',
];
const VALUES = ['1', '2', '', ...Object.values(OPTION_VALUES).flat()];
const piece = fc.oneof(
  fc.constantFrom(...KEYS),
  fc.constantFrom(...VALUES),
  fc.string({ maxLength: 12 }),
  fc.string({ unit: 'binary', maxLength: 8 }),
  fc.constantFrom(
    '%',
    '%2',
    '%zz',
    '%E0%A4%A',
    '%ED%A0%80',
    '%C3%A9',
    '%00',
    '+',
    '%26',
    '%3D',
    '=',
  ),
);
const part = fc.tuple(piece, fc.constantFrom('=', '', '==', '=%'), piece).map((p) => p.join(''));
const linkLike = fc
  .tuple(fc.constantFrom('', '?', '??'), fc.array(part, { maxLength: 12 }))
  .map(([lead, parts]) => lead + parts.join('&'));
// Real links, damaged: extra parts spliced in, one part repeated, or padded past the size limit.
const validLink = fc.constantFrom(...allAnswerSets().map((answers) => encodeAnswers(answers)));
const validPart = fc.constantFrom(
  ...Object.entries(OPTION_VALUES).flatMap(([id, values]) => values.map((v) => `${id}=${v}`)),
);
const damaged = fc
  .tuple(
    validLink,
    fc.array(fc.tuple(fc.nat(), fc.oneof(part, validPart)), { maxLength: 4 }),
    fc.nat(),
    fc.boolean(),
    fc.boolean(),
  )
  .map(([link, extras, repeat, withRepeat, withoutVersion]) => {
    const parts = link.split('&').slice(withoutVersion ? 1 : 0);
    for (const [at, extra] of extras) parts.splice(at % (parts.length + 1), 0, extra);
    if (withRepeat) parts.push(parts[repeat % parts.length] ?? '');
    return parts.join('&');
  });
const padded = fc
  .tuple(validLink, fc.integer({ min: 1800, max: 2600 }))
  .map(([link, size]) => `${link}&pad=${'x'.repeat(size - link.length)}`);
const query = fc.oneof(
  { weight: 3, arbitrary: linkLike },
  { weight: 3, arbitrary: damaged },
  { weight: 1, arbitrary: padded },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 64 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 2100 }) },
);

/** A phrase from each kind of problem: the fuzz must reach every one of them often. */
const BRANCHES = [
  'too long',
  'is damaged',
  'without its question',
  'reserved word',
  'not a question',
  'not one of its options',
  'gives no answer',
  'twice:',
  'does not apply',
  'does not know',
  'no version',
  'different version numbers',
];

/** True when `search` holds nothing but `v=1` and empty parts: nothing to report. */
function isBlank(search: string): boolean {
  return search
    .replace(/^\?/, '')
    .split('&')
    .every((p) => p === '' || p === 'v=1');
}

describe('decodeAnswers fuzzed', () => {
  it(`never throws and always yields answers or problems, over ${RUNS.toLocaleString('en')} seeded queries`, () => {
    let withProblems = 0;
    let complete = 0;
    const seen = new Map(BRANCHES.map((b) => [b, 0]));
    fc.assert(
      fc.property(query, (search) => {
        const { answers, problems } = decodeAnswers(search);
        if (problems.length > 0) withProblems += 1;
        if (isComplete(answers)) complete += 1;
        for (const branch of BRANCHES) {
          if (problems.some((p) => p.message.includes(branch)))
            seen.set(branch, (seen.get(branch) ?? 0) + 1);
        }
        // Every kept answer is a real question with a catalogue value, and applies.
        for (const [id, value] of Object.entries(answers)) {
          if (!isQuestionId(id) || !isOptionValue(id, String(value))) return false;
        }
        if (Object.getPrototypeOf(answers) !== Object.prototype) return false;
        if (Object.keys(pruneAnswers(answers)).length !== Object.keys(answers).length) return false;
        if (problems.some((p) => p.message.length === 0 || p.message.length > 400)) return false;
        return Object.keys(answers).length > 0 || problems.length > 0 || isBlank(search);
      }),
      { seed: 424242, numRuns: RUNS },
    );
    // The generator is only worth its runs if most queries are bad in some way.
    expect(withProblems).toBeGreaterThan(RUNS / 2);
    expect(complete).toBeGreaterThan(RUNS / 20);
    for (const [branch, count] of seen) expect(count, branch).toBeGreaterThan(100);
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
  });
});
