import type { FactSource } from './sources';

/** A fact as written in the tables; `facts.ts` adds its id and date. */
export interface FactEntry {
  /** Worded faithfully to ../shared/TODAY.md, which records what the source said in 2026-11. */
  readonly text: string;
  readonly source: FactSource;
  /** Present only where TODAY.md marks the fact unverified. */
  readonly verified?: false;
}
