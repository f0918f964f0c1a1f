import type { SourceKey } from './sources';

/** A fact as written in the tables; `facts.ts` adds its id and date. */
export interface FactEntry {
  /** Worded faithfully to ../shared/TODAY.md, which records what the source said in 2026-11. */
  readonly text: string;
  /**
   * Named, not referenced: the tables then hold no reads of another module at
   * load time, so a bundle that never reads FACTS drops them and SOURCES.
   */
  readonly source: SourceKey;
  /** Present only where TODAY.md marks the fact unverified. */
  readonly verified?: false;
}
