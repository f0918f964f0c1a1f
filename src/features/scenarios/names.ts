import { optionOf, type Answers } from '../../../rules';
import { MAX_NAME_LENGTH, plainName } from '../../components/scenarioLimits';

/** A readable default name from the answers, e.g. "AWS · production · no Rancher". */
export function defaultName(answers: Answers): string {
  // The catalogue's short words: its option labels are sentences.
  const parts = (['platform', 'workload', 'rancher'] as const)
    .map((id) => optionOf(id, answers[id])?.short)
    .filter((part): part is string => Boolean(part));
  return parts.length > 0 ? parts.join(' · ') : 'Scenario';
}

// Anything plainName would change: controls, invisible characters, lone surrogates, white space but single inner spaces.
const NOT_PLAIN =
  /[\p{Cc}\u061C\u200B-\u200F\u202A-\u202E\u2060\u2066-\u2069\uFEFF\uD800-\uDFFF]|[^\S ]| {2}|^ | $/u;

/**
 * A name as stored: control characters removed, white space collapsed and
 * trimmed, at most {@link MAX_NAME_LENGTH} characters; `fallback` when empty.
 */
export function cleanName(input: string, fallback: string): string {
  // Most names (all those saved by this version) are clean already: 10,000 stored ones read at once.
  if (input.length <= MAX_NAME_LENGTH && input !== '' && !NOT_PLAIN.test(input)) return input;
  const cut = Array.from(plainName(input)).slice(0, MAX_NAME_LENGTH).join('').trim();
  return cut || fallback;
}

/** `name`, or "name (2)", "name (3)"… so that it differs from every name in `taken`. */
export function uniqueName(name: string, taken: readonly string[]): string {
  if (!taken.includes(name)) return name;
  for (let n = 2; ; n++) {
    const suffix = ` (${n})`;
    const base = Array.from(name)
      .slice(0, MAX_NAME_LENGTH - suffix.length)
      .join('');
    if (!taken.includes(base + suffix)) return base + suffix;
  }
}
