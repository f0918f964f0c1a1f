import type { ReasonRule } from './reason-types';
import { isPiOrEdge, isProvenProduction, usesRancher } from './predicates';

/**
 * The smaller reasons (2–6 points): rule 9's priorities and the remaining
 * answers. They order the rest of the ranking and decide the cases the article
 * leaves open, but never outweigh one of the article's signals.
 */
export const BALANCE_REASONS: readonly ReasonRule[] = [
  // Rule 2's smaller points.
  {
    id: 'rancheros-support',
    os: 'rancheros',
    kind: 'for',
    weight: 2,
    rule: 2,
    summary:
      'The article adds that all of it is free and open source, with paid support if you want it.',
    passageId: 'rancheros-support',
    voice: 'article',
    when: usesRancher,
  },
  {
    id: 'rancheros-proven',
    os: 'rancheros',
    kind: 'for',
    weight: 3,
    rule: 2,
    summary:
      'You want only production-ready projects, and the article calls RancherOS production ready.',
    passageId: 'rancheros-no-brainer',
    voice: 'ours',
    when: isProvenProduction,
  },

  // Rule 3's smaller points.
  {
    id: 'linuxkit-immutable',
    os: 'linuxkit',
    kind: 'for',
    weight: 2,
    rule: 3,
    summary:
      'Immutable images are the shift the article calls an attractive proposition for those fully committed to Kubernetes.',
    passageId: 'immutable-os',
    voice: 'ours',
    when: (a) => a.image === 'custom',
  },
  {
    id: 'linuxkit-prefer-distribution',
    os: 'linuxkit',
    kind: 'against',
    weight: -6,
    rule: 3,
    summary:
      'You prefer a maintained distribution, as the article suspects many would: LinuxKit means building the OS yourself.',
    passageId: 'linuxkit-prefer-distribution',
    voice: 'article',
    when: (a) => a.image === 'distribution',
  },

  // Rule 4's smaller points.
  {
    id: 'k3os-gitlab-runner-try',
    os: 'k3os',
    kind: 'for',
    weight: 2,
    rule: 4,
    summary: 'The author wanted to try k3os as a private GitLab runner with the GitLab Helm chart.',
    passageId: 'k3os-gitlab-runner',
    voice: 'article',
    when: (a) => a.workload === 'ci-runners',
  },
  {
    id: 'k3os-edge-playing',
    os: 'k3os',
    kind: 'for',
    weight: 3,
    rule: 4,
    summary:
      'For edge type stuff you may be playing with, the article’s conclusion says to consider k3os.',
    passageId: 'k3os-ci-edge-conclusion',
    voice: 'article',
    when: (a) => isPiOrEdge(a) && a.workload === 'experiments',
  },

  // Which Kubernetes (rules 5 and 6 elsewhere).
  {
    id: 'rancheros-full-kubernetes',
    os: 'rancheros',
    kind: 'for',
    weight: 5,
    rule: 5,
    summary:
      'You need full Kubernetes, and the article says RancherOS includes a full version that is easy to upgrade.',
    passageId: 'rancheros-cloud-full-kubernetes',
    voice: 'ours',
    // On a Raspberry Pi or edge devices, rule 5's reading says this with the article's two answers.
    when: (a) => a.kubernetes === 'full' && !isPiOrEdge(a),
  },
  {
    id: 'k3os-full-kubernetes',
    os: 'k3os',
    kind: 'against',
    weight: -5,
    rule: 5,
    summary: 'You need full Kubernetes, and the article says k3os is limited by the scope of k3s.',
    passageId: 'k3os-scope',
    voice: 'ours',
    when: (a) => a.kubernetes === 'full',
  },
  {
    id: 'k3os-lightweight',
    os: 'k3os',
    kind: 'for',
    weight: 5,
    rule: 5,
    summary: 'A small single-binary Kubernetes is enough for you: that is k3s, inside k3os.',
    passageId: 'k3os-scope',
    voice: 'ours',
    when: (a) => a.kubernetes === 'lightweight' && !isPiOrEdge(a),
  },

  // Rule 7's smaller points.
  {
    id: 'talos-api',
    os: 'talos',
    kind: 'for',
    weight: 4,
    rule: 7,
    summary: 'You want API-only management, which is how Talos works.',
    passageId: 'talos-grpc',
    voice: 'ours',
    when: (a) => a.access === 'api',
  },
  {
    id: 'talos-early',
    os: 'talos',
    kind: 'for',
    weight: 3,
    rule: 7,
    summary:
      'You are happy with a young project, and the article calls Talos a new project under extremely active development.',
    passageId: 'talos-new-project',
    voice: 'ours',
    when: (a) => a.maturity === 'early',
  },
  {
    id: 'talos-proven',
    os: 'talos',
    kind: 'against',
    weight: -8,
    rule: 7,
    summary:
      'You want only production-ready projects; the article only hoped Talos would one day run in production on the major clouds and bare metal.',
    passageId: 'talos-production-wish',
    voice: 'ours',
    when: isProvenProduction,
  },
];
