/** The longest scenario name, in characters: saved here or read from a comparison link. */
export const MAX_NAME_LENGTH = 80;

/** Scenarios compared side by side at most (as many as a comparison link holds). */
export const MAX_COMPARED = 4;

// A lone surrogate cannot be percent-encoded into a link: encodeURIComponent throws on it.
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

// Bidi controls reorder what is shown ("\u202Egnp.exe" reads "exe.png") and zero-width
// characters make a name look blank or like another: both are removed.
const INVISIBLE = /[\u061C\u200B-\u200F\u202A-\u202E\u2060\u2066-\u2069\uFEFF]/g;

/**
 * A name as plain text: control characters, bidi controls, zero-width
 * characters and runs of white space would only disguise it, and a broken
 * UTF-16 pair becomes U+FFFD so the name always fits in a link.
 */
export function plainName(input: string): string {
  return input
    .replace(INVISIBLE, '')
    .replace(LONE_SURROGATE, '\uFFFD')
    .replace(/\p{Cc}/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}
