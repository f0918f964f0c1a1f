/** The longest scenario name, in characters: saved here or read from a comparison link. */
export const MAX_NAME_LENGTH = 80;

/** Scenarios compared side by side at most (as many as a comparison link holds). */
export const MAX_COMPARED = 4;

/** A name as plain text: control characters and runs of white space would only disguise it. */
export function plainName(input: string): string {
  return input
    .replace(/\p{Cc}/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}
