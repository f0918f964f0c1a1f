// Seeded randomness for the fuzz bench: same seed, same strings, so any
// failure it prints can be replayed.

/** @typedef {() => number} Random A source of floats in [0, 1). */

/**
 * A deterministic PRNG (mulberry32): returns floats in [0, 1).
 * @param {number} seed
 * @returns {Random}
 */
export function prng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * encodeURIComponent, except that what it cannot encode (a lone surrogate) stays raw.
 * @param {string} text
 */
export function encode(text) {
  return text.replace(/\p{Cs}|[^\p{Cs}]+/gu, (run) =>
    /\p{Cs}/u.test(run) ? run : encodeURIComponent(run),
  );
}

/**
 * Helpers over one PRNG: integers, picks, random text and mutations of text.
 * @param {Random} random
 */
export function randomTools(random) {
  /** @param {number} n */
  const int = (n) => Math.floor(random() * n);
  /**
   * One item of a list that is not empty.
   * @template T
   * @param {readonly T[]} list
   * @returns {T}
   */
  const pick = (list) => /** @type {T} */ (list[int(list.length)]);
  // Mostly printable ASCII, some control and Latin-1, some anywhere in the BMP (lone surrogates too).
  const anyChar = () => {
    const r = random();
    if (r < 0.6) return String.fromCharCode(32 + int(95));
    if (r < 0.8) return String.fromCharCode(int(0x100));
    return String.fromCharCode(int(0x10000));
  };
  /** @param {number} max */
  const randomChars = (max) => Array.from({ length: int(max) }, anyChar).join('');
  /**
   * One of nine small corruptions, or none, chosen at random.
   * @param {string} text
   * @param {readonly string[]} junk what to append
   * @param {readonly string[]} elsewhere what to put in its place
   */
  const mutate = (text, junk, elsewhere) => {
    switch (int(9)) {
      case 0:
        return text.toUpperCase();
      case 1:
        return text.slice(0, int(text.length + 1));
      case 2:
        return text + pick(junk);
      case 3:
        return encode(text);
      case 4:
        return text.replace(/./g, (c) => (random() < 0.3 ? `%${c.charCodeAt(0).toString(16)}` : c));
      case 5:
        return ` ${text} `;
      case 6:
        return pick(elsewhere);
      case 7:
        return randomChars(12);
      default:
        return text;
    }
  };
  return { int, pick, randomChars, mutate };
}
