import type { FactEntry } from './fact-entry';
import { EDGE_FACTS } from './facts-edge';
import { IMMUTABLE_FACTS } from './facts-immutable';
import { STANDARD_FACTS } from './facts-standard';
import type { Source } from '../outcomes';
import { SOURCES, type FactSource } from './sources';

/** When today's facts were gathered and checked against their sources. */
export const TODAY_AS_OF = '2026-11';

/** The id of one of today's facts, e.g. `talos-api-only`. */
export type FactId =
  keyof typeof IMMUTABLE_FACTS | keyof typeof EDGE_FACTS | keyof typeof STANDARD_FACTS;

/** A dated, sourced fact that today's pick rests on; never the article's words. */
export interface Fact {
  readonly id: FactId;
  readonly text: string;
  readonly source: FactSource;
  readonly checked: typeof TODAY_AS_OF;
  /** false where TODAY.md says unverified: the UI words it as uncertain */
  readonly verified: boolean;
}

function dated(...tables: readonly Readonly<Record<string, FactEntry>>[]): Record<FactId, Fact> {
  const entries = tables.flatMap((table) => Object.entries(table));
  return Object.fromEntries(
    entries.map(([id, entry]) => [
      id,
      {
        id,
        text: entry.text,
        source: SOURCES[entry.source],
        checked: TODAY_AS_OF,
        verified: entry.verified ?? true,
      },
    ]),
  ) as Record<FactId, Fact>;
}

// Marked pure so that a bundle which never reads FACTS drops their text.
/** Every fact of today's pick, keyed by id. */
export const FACTS: Readonly<Record<FactId, Fact>> = /* @__PURE__ */ dated(
  IMMUTABLE_FACTS,
  EDGE_FACTS,
  STANDARD_FACTS,
);

/** The distinct sources of `factIds`, in order, one each (several facts can share one). */
export function factSources(factIds: readonly FactId[]): Source[] {
  const byUrl = new Map(factIds.map((id) => [FACTS[id].source.url, FACTS[id].source]));
  return [...byUrl.values()].map(({ title, url }) => ({ label: title, url }));
}
