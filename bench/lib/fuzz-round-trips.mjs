// Round trips for the fuzz bench: what the encoders write, the decoders must
// read back exactly, with no problem reported.
import { completeAnswers } from './fuzz-inputs.mjs';

/** @typedef {import('./fuzz-checks.mjs').FuzzModules} FuzzModules */
/** @typedef {import('./random.mjs').Random} Random */

/**
 * Encodes then decodes `count` comparisons of 2–4 complete scenarios with
 * names that need no cleaning; counts any that do not come back intact.
 * @param {FuzzModules} modules
 * @param {Random} random
 * @param {number} count
 */
export function roundTripComparisons({ compareLink, rules }, random, count) {
  /**
   * @template T
   * @param {readonly T[]} list
   * @returns {T}
   */
  const pick = (list) => /** @type {T} */ (list[Math.floor(random() * list.length)]);
  const names = [
    'Prod',
    'Edge — site 3',
    '日本のクラスタ',
    'a & b = c?',
    '100% #1',
    'x'.repeat(80),
  ];
  let mismatches = 0;
  for (let i = 0; i < count; i++) {
    const scenarios = Array.from({ length: 2 + Math.floor(random() * 3) }, () => ({
      name: pick(names),
      answers: completeAnswers(rules, pick),
    }));
    const decoded = compareLink.decodeCompareLink(compareLink.encodeCompareLink(scenarios));
    if (JSON.stringify(decoded.scenarios) !== JSON.stringify(scenarios) || decoded.problems.length)
      mismatches += 1;
  }
  return { checked: count, mismatches };
}

/**
 * Encodes then decodes `count` random interview prefixes; counts any that do not come back intact.
 * @param {FuzzModules} modules
 * @param {Random} random
 * @param {number} count
 */
export function roundTripAnswers({ codec, rules }, random, count) {
  let mismatches = 0;
  for (let i = 0; i < count; i++) {
    /** @type {Record<string, string>} */
    const answers = {};
    for (
      let id = rules.nextQuestion(answers);
      id && random() < 0.9;
      id = rules.nextQuestion(answers)
    ) {
      const values = rules.OPTION_VALUES[id];
      answers[id] = values[Math.floor(random() * values.length)] ?? '';
    }
    const decoded = codec.decodeAnswers(`?${codec.encodeAnswers(answers)}`);
    if (JSON.stringify(decoded.answers) !== JSON.stringify(answers) || decoded.problems.length > 0)
      mismatches += 1;
  }
  return { checked: count, mismatches };
}
