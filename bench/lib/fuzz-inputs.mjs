// Seeded generators of hostile query strings for the share-URL decoders.
// Six families, mixed by weight: pure random characters; catalogue-shaped
// key=value pairs with mutations; comparison links nesting those; percent-
// encoding junk; prototype keys; oversized strings.
import { encode, prng, randomTools } from './random.mjs';

const PROTO_KEYS = [
  ...'__proto__ constructor prototype toString valueOf hasOwnProperty __defineGetter__'.split(' '),
  ...'__proto__[polluted] constructor[prototype][polluted] constructor.prototype.polluted'.split(
    ' ',
  ),
];
const JUNK = [
  ...'% %% %2 %G1 %zz %00 %0A %C0%AF %E0%A4 %ED%A0%80 %F0%9F%98 %FF%FE %uD800 %u0041'.split(' '),
  ...'%25 %26 %3D %3F %23 + && == ? # ; é 日本 😀'.split(' '),
  ...['\u0000', '\uD800', '\uDFFF', '\u202E', '\uFEFF', ' ', '\t', '\n'],
];
const VERSIONS = ['1', '01', '1.0', '2', '0', '-1', '', 'v1', '１', '1 ', 'Infinity', 'NaN'];
const NAMES = ['Prod', 'édge — site 3', '日本のクラスタ', '', ' ', 'a'.repeat(120), '\u202Eevil'];

/** The family names in the order they are drawn, for tables. */
export const FAMILIES = [
  'random characters',
  'catalogue + mutations',
  'comparison links',
  'percent-encoding junk',
  'prototype keys',
  'oversized',
];
const WEIGHTS = [0.2, 0.35, 0.15, 0.17, 0.1295, 0.0005];

/** @typedef {typeof import('../../rules/index')} Rules */
/** @typedef {import('../../rules/index').Answers} Answers */

/**
 * A random path through the interview to its end (answers only to the questions asked).
 * @param {Rules} rules
 * @param {(values: readonly string[]) => string} pick
 * @returns {Answers}
 */
export function completeAnswers(rules, pick) {
  /** @type {Record<string, string>} */
  const answers = {};
  for (let id = rules.nextQuestion(answers); id; id = rules.nextQuestion(answers))
    answers[id] = pick(rules.OPTION_VALUES[id]);
  return answers;
}

/**
 * Makes a generator of query strings over the catalogue of `rules` (its OPTION_VALUES, nextQuestion).
 * @param {number} seed
 * @param {Rules} rules
 * @returns {() => { family: string, text: string }}
 */
export function queryStrings(seed, rules) {
  const optionValues = rules.OPTION_VALUES;
  const random = prng(seed);
  const { int, pick, randomChars, mutate: corrupt } = randomTools(random);
  const keys = /** @type {import('../../rules/index').QuestionId[]} */ (Object.keys(optionValues));
  const values = keys.flatMap((k) => optionValues[k]);
  /** @param {string} text */
  const mutate = (text) => corrupt(text, JUNK, values);
  /** @param {string} key @param {string} value */
  const pair = (key, value) => (random() < 0.05 ? key : `${key}=${value}`);
  const catalogue = () => {
    const pairs = [];
    if (random() < 0.85) pairs.push(pair('v', random() < 0.7 ? '1' : pick(VERSIONS)));
    for (const key of keys) {
      if (random() < 0.35) continue;
      const mutated = random() < 0.3;
      const value = pick(optionValues[key]);
      pairs.push(
        pair(mutated && random() < 0.3 ? mutate(key) : key, mutated ? mutate(value) : value),
      );
      if (random() < 0.05) pairs.push(pair(key, pick(values)));
    }
    if (random() < 0.1) pairs.push(pair(randomChars(8), randomChars(8)));
    for (let i = pairs.length - 1; i > 0 && random() < 0.2; i--) {
      const j = int(i + 1);
      // Both indexes are within the list.
      [pairs[i], pairs[j]] = /** @type {[string, string]} */ ([pairs[j], pairs[i]]);
    }
    return pairs.join(random() < 0.05 ? pick(['&&', ';', '&amp;']) : '&');
  };
  // A comparison link nests whole share queries, percent-encoded, in `s=` parts.
  const comparison = () => {
    const view = random() < 0.9 ? 'view=compare' : pair('view', mutate('compare'));
    const parts = [pair('v', random() < 0.8 ? '1' : pick(VERSIONS)), view];
    for (let n = int(7); n > 0; n--) {
      const answers = random() < 0.6 ? completeAnswers(rules, pick) : null;
      const query = answers
        ? Object.entries(answers)
            .map(([k, v]) => `${k}=${v}`)
            .join('&')
        : catalogue();
      const inner = `name=${encode(random() < 0.7 ? pick(NAMES) : randomChars(30))}&${query}`;
      const r = random();
      parts.push(pair('s', r < 0.7 ? encode(inner) : r < 0.85 ? inner : mutate(encode(inner))));
    }
    if (random() < 0.1) parts.push(pair(pick(PROTO_KEYS), 'x'));
    return parts.join('&');
  };
  const junk = () =>
    Array.from({ length: 1 + int(12) }, () =>
      random() < 0.5 ? pick(JUNK) : pair(pick([...keys, 'v', 's']), pick(JUNK) + pick(values)),
    ).join(random() < 0.5 ? '&' : '');
  const proto = () =>
    Array.from({ length: 1 + int(4) }, () =>
      random() < 0.5
        ? pair(pick(PROTO_KEYS), pick([...values, '1', '{}', 'polluted']))
        : pair(pick(keys), pick(PROTO_KEYS)),
    )
      .concat(random() < 0.7 ? ['v=1'] : [])
      .join('&');
  const oversized = () => {
    const r = random();
    if (r < 0.4)
      return `v=1&${`platform=${pick(optionValues.platform)}&`.repeat(2000 + int(20000))}`;
    if (r < 0.7) return `v=1&platform=${'a'.repeat(50_000 + int(200_000))}`;
    return randomChars(100_000);
  };
  const makers = [() => randomChars(200), catalogue, comparison, junk, proto, oversized];
  /** The next string and the name of its family; about one in three carries a leading `?`. */
  return () => {
    let r = random();
    let i = 0;
    while (i < makers.length - 1 && (r -= WEIGHTS[i] ?? 0) >= 0) i++;
    const text = makers[i]?.() ?? '';
    return { family: FAMILIES[i] ?? '', text: random() < 0.35 ? `?${text}` : text };
  };
}
