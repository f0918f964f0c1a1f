import {
  QUESTION_ORDER,
  isOptionValue,
  isQuestionId,
  pruneAnswers,
  type Answers,
  type QuestionId,
} from '../../../rules';
import {
  answeredTwice,
  damaged,
  noAnswer,
  notAQuestion,
  notAnOption,
  notApplicable,
} from './messages';
import {
  MAX_QUERY_BYTES,
  SHARE_VERSION,
  describe,
  queryOf,
  readParts,
  tooLong,
  versionMessage,
} from './parse';

/** One thing wrong with a share link, in a sentence a person can act on. */
export interface ShareProblem {
  /** The key it concerns, when there is one (a question id, `v`, or the raw key as written). */
  readonly key?: string;
  readonly message: string;
}

/** What {@link decodeAnswers} read: every valid answer kept, and every problem named. */
export interface DecodedShare {
  readonly answers: Answers;
  readonly problems: readonly ShareProblem[];
}

/**
 * `v=1&platform=aws&…`: the given answers in question order, no leading `?`.
 * Always starts with the version, so an empty answer set is `v=1`.
 */
export function encodeAnswers(answers: Answers): string {
  const parts = [`v=${SHARE_VERSION}`];
  for (const id of QUESTION_ORDER) {
    const value = answers[id];
    if (value !== undefined) parts.push(`${id}=${encodeURIComponent(value)}`);
  }
  return parts.join('&');
}

// Names that mean something to every JavaScript object: called out on their own.
const RESERVED = new Set(['__proto__', 'constructor', 'prototype']);

/**
 * Reads a query string (`location.search`, with or without `?`). Never throws:
 * anything it cannot use is reported as a problem and every valid answer is kept.
 */
export function decodeAnswers(search: string): DecodedShare {
  const query = queryOf(search);
  if (query === '') return { answers: {}, problems: [] };
  const long = tooLong(query, MAX_QUERY_BYTES, 'share link');
  if (long) return { answers: {}, problems: [{ message: long }] };
  const problems: ShareProblem[] = [];
  // A Map, not an object: keys from the URL never touch any prototype.
  const found = new Map<QuestionId, string>();
  const versions: string[] = [];
  for (const part of readParts(query)) {
    if (part.kind === 'malformed') {
      problems.push({ message: damaged(part.raw) });
      continue;
    }
    const { key, value } = part;
    if (key === 'v') {
      versions.push(value);
    } else if (key === '') {
      problems.push({
        message: `Part of the link, ${describe(part.raw)}, gives an answer without its question, so it was left out.`,
      });
    } else if (RESERVED.has(key)) {
      problems.push({
        key,
        message: `${describe(key)} is a reserved word, not a question this app asks, so it was left out.`,
      });
    } else if (!isQuestionId(key)) {
      problems.push({ key, message: notAQuestion(key) });
    } else if (found.has(key)) {
      // The same answer twice says nothing new: only a different one is a problem.
      const kept = found.get(key) ?? '';
      if (value !== kept) problems.push({ key, message: answeredTwice(key, kept, value) });
    } else if (value === '') {
      problems.push({ key, message: noAnswer(key) });
    } else if (!isOptionValue(key, value)) {
      problems.push({ key, message: notAnOption(key, value) });
    } else {
      found.set(key, value);
    }
  }
  problems.unshift(...versionProblems(versions, found.size > 0));
  const given: Record<string, string> = {};
  for (const id of QUESTION_ORDER) {
    const value = found.get(id);
    if (value !== undefined) given[id] = value;
  }
  const answers = pruneAnswers(given as Answers);
  for (const id of QUESTION_ORDER) {
    const value = found.get(id);
    if (value !== undefined && answers[id] === undefined) {
      problems.push({ key: id, message: notApplicable(id, value, answers) });
    }
  }
  return { answers, problems: distinct(problems) };
}

// A link can repeat the same mistake many times; say each thing once.
function distinct(problems: readonly ShareProblem[]): ShareProblem[] {
  const seen = new Set<string>();
  return problems.filter((p) => !seen.has(p.message) && !!seen.add(p.message));
}

function versionProblems(versions: readonly string[], hasAnswers: boolean): ShareProblem[] {
  const [first] = versions;
  // A link with nothing in it needs no version to be read right.
  if (first === undefined && !hasAnswers) return [];
  const problems: ShareProblem[] = [];
  // The same version twice says nothing new: only different ones are a problem.
  const distinctVersions = [...new Set(versions)];
  if (first !== undefined && distinctVersions.length > 1) {
    problems.push({
      key: 'v',
      message: `The link gives different version numbers (${distinctVersions.map(describe).join(', ')}); the first, ${describe(first)}, was read.`,
    });
  }
  const unknown = versionMessage(first, 'Answers');
  if (unknown) problems.push({ key: 'v', message: unknown });
  return problems;
}
