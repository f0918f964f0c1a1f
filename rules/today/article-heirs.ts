import type { OsId } from '../outcomes';
import type { CandidateId } from './candidates';
import type { FactId } from './facts';
import { HEIR_LINES } from './heirs';

/** One of the article's outcomes in general: its maintained heirs, in one line, with their facts. */
export interface ArticleHeirs {
  readonly heirs: readonly CandidateId[];
  readonly summary: string;
  readonly factIds: readonly FactId[];
}

function withHeirs(summaries: Readonly<Record<OsId, string>>): Record<OsId, ArticleHeirs> {
  const entries = Object.entries(summaries) as [OsId, string][];
  return Object.fromEntries(
    entries.map(([os, summary]): [OsId, ArticleHeirs] => {
      const lines = HEIR_LINES[os];
      const heirs = lines.map((line) => line.heir);
      return [os, { heirs, summary, factIds: [...new Set(lines.flatMap((line) => line.factIds))] }];
    }),
  ) as Record<OsId, ArticleHeirs>;
}

// Marked pure so that a bundle which never reads ARTICLE_HEIRS drops it.
/** For the landing table's "heir today" column: each of the article's six outcomes → its maintained heir(s) in general, with the facts. */
export const ARTICLE_HEIRS: Readonly<Record<OsId, ArticleHeirs>> = /* @__PURE__ */ withHeirs({
  'standard-linux': 'Still maintained: today’s standard distributions, such as Ubuntu 26.04 LTS.',
  rancheros:
    'Unmaintained since 2021: Elemental for Rancher users, otherwise a standard distribution with RKE2.',
  k3os: 'Archived: Kairos carries its idea on; Elemental for Rancher users; k3s on a standard distribution; Talos where API-only nodes suit.',
  talos: 'Still actively developed: Talos is its own heir.',
  linuxkit:
    'Its Kubernetes image is stale since 2018: bake your own images with Kairos, the Talos Image Factory or Flatcar’s system extensions.',
  'container-linux':
    'End of life in 2020: Flatcar continues its lineage; Fedora CoreOS is its official successor.',
});
