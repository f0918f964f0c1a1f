// What the fuzz bench asks of each decoder's result beyond "did not throw":
// only catalogue answers, already pruned to the questions that apply, and
// problems as plain sentences that cannot smuggle control characters.

/** @typedef {typeof import('../../rules/index')} Rules */

/**
 * The app's modules the fuzz drives, bundled for Node by ts-for-node.mjs.
 * @typedef {object} FuzzModules
 * @property {Rules} rules
 * @property {typeof import('../../src/features/share/codec')} codec
 * @property {typeof import('../../src/features/share/compareLink')} compareLink
 * @property {typeof import('../../src/components/scenarioLimits')} limits
 */

/**
 * One decoder under fuzz: how to run it and what its result must satisfy.
 * Methods, so a decoder of a narrower result still fits a list of them.
 * @template R
 * @typedef {{
 *   name: string,
 *   run(input: string): R,
 *   useful(result: R): boolean,
 *   check(result: R): string[],
 *   reencode?(result: R): void,
 * }} Decoder
 */

// Control and invisible formatting characters (bidi overrides, zero-width…).
const HIDDEN = /[\p{Cc}\p{Cf}\p{Zl}\p{Zp}]/u;

/**
 * Broken invariants of an answer set (`where` names it in messages).
 * @param {unknown} answers
 * @param {Rules} rules
 * @returns {string[]}
 */
export function answersProblems(answers, rules, where = 'answers') {
  if (answers === null || typeof answers !== 'object') return [`${where} is not an object`];
  const proto = Object.getPrototypeOf(answers);
  if (proto !== Object.prototype && proto !== null) return [`${where} has a foreign prototype`];
  const found = [];
  const record = /** @type {Record<string | symbol, unknown>} */ (answers);
  for (const key of Reflect.ownKeys(answers)) {
    if (typeof key !== 'string' || !rules.isQuestionId(key))
      found.push(`${where} has key ${String(key)}`);
    else {
      const value = record[key];
      if (typeof value !== 'string' || !rules.isOptionValue(key, value))
        found.push(`${where}.${key} = ${JSON.stringify(value)}`);
    }
  }
  const checked = /** @type {import('../../rules/index').Answers} */ (answers);
  if (
    found.length === 0 &&
    Object.keys(rules.pruneAnswers(checked)).length !== Object.keys(checked).length
  )
    found.push(`${where} holds answers to questions that do not apply`);
  return found;
}

/**
 * Broken invariants of a problem list.
 * @param {unknown} problems
 * @returns {string[]}
 */
export function problemListProblems(problems, where = 'problems') {
  if (!Array.isArray(problems)) return [`${where} is not an array`];
  return problems.flatMap((p, i) => {
    const message = typeof p === 'string' ? p : p?.message;
    if (typeof message !== 'string' || message === '') return [`${where}[${i}] has no message`];
    if (HIDDEN.test(message)) return [`${where}[${i}] shows a hidden character raw`];
    if (message.length > 1000) return [`${where}[${i}] is ${message.length} characters long`];
    return [];
  });
}

/**
 * Checks every `answers` and `problems` found in a result, however it is nested.
 * @param {unknown} value
 * @param {Rules} rules
 * @returns {string[]}
 */
function walkResult(value, rules, where = 'result', depth = 0) {
  if (value === null || typeof value !== 'object' || depth > 6) return [];
  return Object.entries(value).flatMap(([key, inner]) => {
    const path = `${where}.${key}`;
    if (key === 'answers') return answersProblems(inner, rules, path);
    if (key === 'problems') return problemListProblems(inner, path);
    return walkResult(inner, rules, path, depth + 1);
  });
}

/**
 * Broken invariants of a decoded comparison: at most MAX_COMPARED complete,
 * named scenarios, each name within MAX_NAME_LENGTH.
 * @param {import('../../src/features/share/compareLink').DecodedComparison} result
 * @param {FuzzModules} modules
 */
function comparisonProblems(result, { rules, limits }) {
  if (!result || !Array.isArray(result.scenarios)) return ['result has no scenarios array'];
  const found = problemListProblems(result.problems, 'result.problems');
  if (result.scenarios.length > limits.MAX_COMPARED) found.push('too many scenarios');
  result.scenarios.forEach((scenario, i) => {
    const where = `result.scenarios[${i}]`;
    found.push(...answersProblems(scenario.answers, rules, `${where}.answers`));
    if (found.length === 0 && rules.nextQuestion(scenario.answers) !== undefined)
      found.push(`${where} is incomplete`);
    const name = scenario.name;
    if (typeof name !== 'string' || name.trim() === '') found.push(`${where} has no name`);
    else if (Array.from(name).length > limits.MAX_NAME_LENGTH)
      found.push(`${where}.name is too long`);
    else if (/\p{Cc}/u.test(name)) found.push(`${where}.name holds a control character`);
  });
  return found;
}

/**
 * The decoders to fuzz from the bundled modules, each with its result check.
 * @param {FuzzModules} modules
 * @returns {Decoder<unknown>[]}
 */
export function decoderChecks(modules) {
  const { rules, codec, compareLink } = modules;
  /** @type {Decoder<import('../../src/features/share/codec').DecodedShare>} */
  const share = {
    name: 'decodeAnswers (share URL)',
    run: (s) => codec.decodeAnswers(s),
    useful: (result) => Object.keys(result.answers).length > 0,
    check: (result) =>
      result && 'answers' in result && 'problems' in result
        ? walkResult(result, rules)
        : ['result lacks answers or problems'],
  };
  /** @type {Decoder<import('../../src/features/share/compareLink').DecodedComparison>} */
  const comparison = {
    name: 'decodeCompareLink (comparison)',
    run: (s) => compareLink.decodeCompareLink(s),
    useful: (result) => result.scenarios.length >= 2,
    check: (result) => comparisonProblems(result, modules),
    // Whatever a link gave must be shareable again (Save, then Copy comparison link).
    // Reported apart: only a raw lone surrogate, which no browser puts in a URL, breaks it.
    reencode: (result) => {
      if (result.scenarios.length > 0) compareLink.encodeCompareLink(result.scenarios);
    },
  };
  /** @type {Decoder<boolean>} */
  const isCompare = {
    name: 'isCompareLink (comparison)',
    run: (s) => compareLink.isCompareLink(s),
    useful: (result) => result === true,
    check: (result) => (typeof result === 'boolean' ? [] : ['not a boolean']),
  };
  return [share, comparison, isCompare];
}
