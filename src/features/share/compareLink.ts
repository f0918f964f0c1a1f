import { nextQuestion, type NamedAnswers } from '../../../rules';
import { decodeAnswers, encodeAnswers, type ShareProblem } from './codec';
import { COMPARE_VIEW } from './compareView';
import { damaged, promptOf } from './messages';
import { SHARE_VERSION, describe, queryOf, readParts, tooLong, versionMessage } from './parse';

// Part of the comparison link's public face; kept in its own module so the
// app shell can route on it without loading the decoder.
export { isCompareLink } from './compareView';
import { MAX_COMPARED, MAX_NAME_LENGTH, plainName } from '../../components/scenarioLimits';

/**
 * A comparison link (SPEC §7, share contract v1):
 *
 *   ?v=1&view=compare&s=<scenario>&s=<scenario>…
 *
 * Each `s` is one scenario, percent-encoded as a whole: its name
 * (`name=<percent-encoded text>`) followed by its answers as a v1 share
 * query (`v=1&platform=aws&…`), read with the same `decodeAnswers`.
 */

/**
 * The largest comparison query, in bytes: four complete scenarios with
 * 80-character non-Latin names need about 4 KB, so 8 KB leaves room and still
 * stops anything absurd before it is parsed.
 */
export const MAX_COMPARE_BYTES = 8192;

/** What {@link decodeCompareLink} read: the complete scenarios, and every problem named. */
export interface DecodedComparison {
  readonly scenarios: readonly NamedAnswers[];
  readonly problems: readonly ShareProblem[];
}

/** `v=1&view=compare&s=…&s=…`, no leading `?`. */
export function encodeCompareLink(scenarios: readonly NamedAnswers[]): string {
  const parts = [`v=${SHARE_VERSION}`, `view=${COMPARE_VIEW}`];
  for (const { name, answers } of scenarios) {
    const inner = `name=${encodeURIComponent(name)}&${encodeAnswers(answers)}`;
    parts.push(`s=${encodeURIComponent(inner)}`);
  }
  return parts.join('&');
}

// "Scenario 2: the link’s answer…": a sentence carried on after a colon starts in lower case.
const sentenceOn = (message: string) => message.replace(/^[A-Z](?=[a-z])/, (c) => c.toLowerCase());

function readScenario(
  inner: string,
  index: number,
  problems: ShareProblem[],
): NamedAnswers | undefined {
  const names: string[] = [];
  const rest: string[] = [];
  for (const part of readParts(inner)) {
    if (part.kind === 'pair' && part.key === 'name') names.push(part.value);
    else rest.push(part.raw);
  }
  const label = `Scenario ${index}`;
  let name = plainName(names[0] ?? '') || label;
  // The same name twice says nothing new: only different names are a problem.
  const different = new Set(names).size;
  if (different > 1)
    problems.push({
      key: 's',
      message: `${label} has ${different} different names; the first, ${describe(name)}, was used.`,
    });
  if (Array.from(name).length > MAX_NAME_LENGTH) {
    name = Array.from(name).slice(0, MAX_NAME_LENGTH).join('').trim();
    problems.push({
      key: 's',
      message: `${label}’s name was cut to ${MAX_NAME_LENGTH} characters.`,
    });
  }
  const decoded = decodeAnswers(rest.join('&'));
  // A scenario the link gave no name is called by its number alone, not "Scenario 1 ("Scenario 1")".
  const who = name === label ? label : `${label} (${describe(name)})`;
  for (const p of decoded.problems)
    problems.push({ ...p, message: `${who}: ${sentenceOn(p.message)}` });
  const missing = nextQuestion(decoded.answers);
  if (missing) {
    problems.push({
      key: 's',
      message: `${who} has no answer to ${promptOf(missing)}, so it was left out of the comparison.`,
    });
    return undefined;
  }
  return { name, answers: decoded.answers };
}

/**
 * Reads a comparison link's query (`location.search`, with or without `?`).
 * Never throws: every problem is named, every complete scenario is kept.
 */
export function decodeCompareLink(search: string): DecodedComparison {
  const query = queryOf(search);
  const long = tooLong(query, MAX_COMPARE_BYTES, 'comparison link');
  if (long) return { scenarios: [], problems: [{ message: long }] };
  const problems: ShareProblem[] = [];
  const inners: string[] = [];
  const versions: string[] = [];
  for (const part of readParts(query)) {
    if (part.kind === 'malformed') {
      problems.push({ message: damaged(part.raw) });
    } else if (part.key === 'v') versions.push(part.value);
    else if (part.key === 's') inners.push(part.value);
    else if (part.key === 'view') {
      if (part.value !== COMPARE_VIEW)
        problems.push({
          key: 'view',
          message: `${describe(part.value)} is not a view this app knows; it was read as "${COMPARE_VIEW}".`,
        });
    } else {
      problems.push({
        key: part.key,
        message: `${describe(part.key)} is not part of a comparison link, so it was left out.`,
      });
    }
  }
  const unknown = versionMessage(versions[0], 'Scenarios');
  if (unknown) problems.unshift({ key: 'v', message: unknown });
  if (inners.length > MAX_COMPARED) {
    problems.push({
      key: 's',
      message: `This link has ${inners.length} scenarios; only the first ${MAX_COMPARED} are compared.`,
    });
  }
  const scenarios = inners
    .slice(0, MAX_COMPARED)
    .map((inner, i) => readScenario(inner, i + 1, problems))
    .filter((s): s is NamedAnswers => s !== undefined);
  if (scenarios.length < 2) {
    problems.push({
      key: 's',
      message: `A comparison needs at least two complete scenarios; this link has ${scenarios.length}.`,
    });
  }
  return { scenarios, problems };
}

/** The full comparison URL on the app's own path (works under any base path). */
export function compareUrl(
  scenarios: readonly NamedAnswers[],
  location: Pick<Location, 'origin' | 'pathname'> = window.location,
): string {
  return `${location.origin}${location.pathname}?${encodeCompareLink(scenarios)}`;
}
