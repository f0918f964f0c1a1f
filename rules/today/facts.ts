import { EDGE_FACTS } from './facts-edge';
import { IMMUTABLE_FACTS } from './facts-immutable';
import { STANDARD_FACTS } from './facts-standard';
import type { FactSource } from './sources';

/** When today's facts were gathered and checked against their sources. */
export const TODAY_AS_OF = '2026-11';

const ENTRIES = { ...IMMUTABLE_FACTS, ...EDGE_FACTS, ...STANDARD_FACTS };

/** The id of one of today's facts, e.g. `talos-api-only`. */
export type FactId = keyof typeof ENTRIES;

/** A dated, sourced fact that today's pick rests on; never the article's words. */
export interface Fact {
  readonly id: FactId;
  readonly text: string;
  readonly source: FactSource;
  readonly checked: typeof TODAY_AS_OF;
  /** false where TODAY.md says unverified: the UI words it as uncertain */
  readonly verified: boolean;
}

/** Every fact of today's pick, keyed by id. */
export const FACTS = Object.fromEntries(
  Object.entries(ENTRIES).map(([id, entry]) => [
    id,
    {
      id,
      text: entry.text,
      source: entry.source,
      checked: TODAY_AS_OF,
      verified: 'verified' in entry ? entry.verified : true,
    },
  ]),
) as Readonly<Record<FactId, Fact>>;
