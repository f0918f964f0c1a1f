import { isOptionValue, isQuestionId, type Answers } from '../../../rules';
import { isRecord } from '../../components/isRecord';
import { cleanName, defaultName } from './names';
import type { PersistedScenarios, Scenario, Tombstone } from './types';

/** The version written today. */
export const SCENARIOS_VERSION = 1;

/** The result of reading stored data: what could be used, and how many entries could not. */
interface Sanitized {
  readonly value: PersistedScenarios;
  readonly dropped: number;
  /** Scenarios whose id an earlier entry already had: the merge keeps one version of each. */
  readonly duplicates: number;
}

function readAnswers(entries: Iterable<[string, unknown]>): Answers | undefined {
  const answers: Record<string, string> = {};
  for (const [key, value] of entries) {
    if (!isQuestionId(key) || typeof value !== 'string' || !isOptionValue(key, value))
      return undefined;
    answers[key] = value;
  }
  return answers as Answers;
}

/** A time a `Date` can hold (±8.64e15 ms): anything else would throw when formatted. */
const isTime = (value: unknown): value is number =>
  typeof value === 'number' && Number.isFinite(value) && Math.abs(value) <= 8.64e15;

function readScenario(raw: unknown, version: number, now: number): Scenario | undefined {
  if (!isRecord(raw) || typeof raw.id !== 'string' || raw.id === '') return undefined;
  const answers =
    version === 0
      ? typeof raw.query === 'string'
        ? readAnswers(new URLSearchParams(raw.query).entries())
        : undefined
      : isRecord(raw.answers)
        ? readAnswers(Object.entries(raw.answers))
        : undefined;
  if (!answers) return undefined;
  const name = cleanName(typeof raw.name === 'string' ? raw.name : '', '') || defaultName(answers);
  const savedAt = isTime(raw.savedAt) ? raw.savedAt : now;
  const updatedAt = isTime(raw.updatedAt) ? raw.updatedAt : 0;
  return { id: raw.id, name, answers, savedAt, updatedAt };
}

function readTombstone(raw: unknown): Tombstone | undefined {
  if (!isRecord(raw) || typeof raw.id !== 'string' || !isTime(raw.deletedAt)) return undefined;
  return { id: raw.id, deletedAt: raw.deletedAt };
}

/**
 * Reads stored state of `version` (0 or 1) into today's shape, keeping every
 * entry that can be read and counting those that cannot and repeated ids
 * (the caller keeps the raw data aside when there are any). Never throws.
 * Version 0, the first release, stored each scenario's answers as a query
 * string and no dates: `{ scenarios: [{ id, name, query: "platform=aws&…" }] }`.
 */
export function sanitize(state: unknown, version: number): Sanitized {
  const now = Date.now();
  const rawScenarios =
    isRecord(state) && Array.isArray(state.scenarios) ? state.scenarios : undefined;
  const rawTombstones = isRecord(state) && Array.isArray(state.tombstones) ? state.tombstones : [];
  if (!rawScenarios) return { value: { scenarios: [], tombstones: [] }, dropped: 1, duplicates: 0 };
  const scenarios = rawScenarios.map((s) => readScenario(s, version, now));
  const tombstones = version === 0 ? [] : rawTombstones.map(readTombstone);
  const kept = scenarios.filter((s): s is Scenario => s !== undefined);
  const keptTombstones = tombstones.filter((t): t is Tombstone => t !== undefined);
  return {
    value: { scenarios: kept, tombstones: keptTombstones },
    dropped: scenarios.length - kept.length + tombstones.length - keptTombstones.length,
    duplicates: kept.length - new Set(kept.map((s) => s.id)).size,
  };
}
