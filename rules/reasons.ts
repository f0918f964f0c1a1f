import type { OsId } from './outcomes';
import type { PassageId } from './passages';
import type { Answers } from './questions';

/** `for` adds to an outcome's score, `against` takes from it, `blocking` rules it out. */
export type ReasonKind = 'for' | 'against' | 'blocking';

/** The rule of the article (SPEC §3, 1–9) a reason implements. */
export type RuleNumber = 1 | 2 | 3 | 4 | 5 | 6 | 7 | 8 | 9;

/** One step of the reasoning: what it says about which outcome, and the passage it rests on. */
export interface Reason {
  /** Stable id, unique across the table. */
  readonly id: string;
  readonly os: OsId;
  readonly kind: ReasonKind;
  /** Points added to the outcome's score; negative for `against`, 0 for `blocking`. */
  readonly weight: number;
  readonly rule: RuleNumber;
  /** Our words, tied to the person's answers. */
  readonly summary: string;
  readonly passageId: PassageId;
  /**
   * 'article' when the summary states the article's own verdict, in the sense
   * its passage says it; 'ours' when it is our reading of the answers.
   */
  readonly voice: 'article' | 'ours';
}

/** A reason together with the answers it applies to. */
export interface ReasonRule extends Reason {
  readonly when: (answers: Answers) => boolean;
}

const isPiOrEdge = (a: Answers) => a.platform === 'raspberry-pi' || a.platform === 'edge';
const isCloudOrDataCenter = (a: Answers) =>
  a.platform === 'aws' || a.platform === 'cloud' || a.platform === 'bare-metal';
const isProductionInCloud = (a: Answers) => isCloudOrDataCenter(a) && a.workload === 'production';

/**
 * Whether the Raspberry Pi / edge choice tips to RancherOS (full, easily
 * upgraded Kubernetes or existing Rancher use) rather than k3os (rule 5).
 */
export const piEdgeTipsToRancherOs = (a: Answers) => a.rancher === 'yes' || a.kubernetes === 'full';

/** Talos leads: a young project is fine, no SSH needed, and API-only or security first (rule 7). */
export const talosFits = (a: Answers) =>
  a.maturity === 'early' &&
  (a.access === 'api' || (a.access === 'either' && a.priority === 'security'));

/*
 * Weights encode the article's precedence, most specific situation first:
 * building your own images (100) > Talos's fit (70) > already on Rancher (40)
 * > CI (25) > Raspberry Pi / edge (20) > production in the cloud (15). The
 * smaller weights (2–8) carry rule 9's priorities and the remaining answers:
 * they order the rest of the ranking and decide the cases the article leaves
 * open, but never outweigh a step of the precedence above. The exhaustive
 * sweep in tests/rules proves it.
 */

/** Every reason the rules can give, with the answers each applies to. */
export const REASON_RULES: readonly ReasonRule[] = [
  // Rule 1 — Container Linux: always listed, never recommended.
  {
    id: 'container-linux-avoid',
    voice: 'article',
    os: 'container-linux',
    kind: 'blocking',
    weight: 0,
    rule: 1,
    summary:
      'The article says to avoid Container Linux altogether: Red Hat gave it no clear direction.',
    passageId: 'container-linux-avoid',
    when: () => true,
  },
  {
    id: 'container-linux-tectonic',
    voice: 'article',
    os: 'container-linux',
    kind: 'against',
    weight: -5,
    rule: 1,
    summary:
      'Tectonic, its Kubernetes, reached end of life in August 2019 and deployed Kubernetes 1.9.',
    passageId: 'container-linux-tectonic',
    when: () => true,
  },
  {
    id: 'container-linux-production',
    voice: 'ours',
    os: 'container-linux',
    kind: 'against',
    weight: -5,
    rule: 1,
    summary: 'No clear way to run Kubernetes on it in production.',
    passageId: 'container-linux-direction',
    when: (a) => a.workload === 'production',
  },

  // Rule 2 — already on Rancher or RKE.
  {
    id: 'rancheros-rancher-user',
    voice: 'article',
    os: 'rancheros',
    kind: 'for',
    weight: 40,
    rule: 2,
    summary:
      'You already use Rancher: RancherOS is production ready and RKE keeps Kubernetes upgraded.',
    passageId: 'rancheros-no-brainer',
    when: (a) => a.rancher === 'yes',
  },

  // Rule 3 — building your own OS images.
  {
    id: 'linuxkit-custom-images',
    voice: 'ours',
    os: 'linuxkit',
    kind: 'for',
    weight: 100,
    rule: 3,
    summary: 'You want to build your own immutable OS images, which is exactly what LinuxKit does.',
    passageId: 'linuxkit-custom',
    when: (a) => a.image === 'custom',
  },
  {
    id: 'linuxkit-prefer-distribution',
    voice: 'ours',
    os: 'linuxkit',
    kind: 'against',
    weight: -6,
    rule: 3,
    summary: 'You prefer a maintained distribution; LinuxKit means building the OS yourself.',
    passageId: 'linuxkit-prefer-distribution',
    when: (a) => a.image === 'distribution',
  },

  // Rule 4 — CI.
  {
    id: 'k3os-ci-pipelines',
    voice: 'ours',
    os: 'k3os',
    kind: 'for',
    weight: 25,
    rule: 4,
    summary: 'k3s, the Kubernetes inside k3os, is made for running inside CI pipelines.',
    passageId: 'k3os-scope',
    when: (a) => a.platform === 'ci',
  },
  {
    id: 'k3os-gitlab-runners',
    voice: 'article',
    os: 'k3os',
    kind: 'for',
    weight: 25,
    rule: 4,
    summary: 'For CI runners such as private GitLab runners, the article points to k3os.',
    passageId: 'k3os-gitlab-runner',
    when: (a) => a.workload === 'ci-runners',
  },

  // Rule 5 — Raspberry Pi and edge: the article names both.
  {
    id: 'rancheros-pi-edge',
    voice: 'ours',
    os: 'rancheros',
    kind: 'for',
    weight: 20,
    rule: 5,
    summary:
      'On a Raspberry Pi or edge device, the conclusion recommends RancherOS, the pick when you need full Kubernetes or already use Rancher.',
    passageId: 'rancheros-pi-edge-rke',
    when: (a) => isPiOrEdge(a) && piEdgeTipsToRancherOs(a),
  },
  {
    id: 'k3os-pi-edge-named',
    voice: 'article',
    os: 'k3os',
    kind: 'for',
    weight: 10,
    rule: 5,
    summary: 'The k3os section also names k3os for a Raspberry Pi or edge device.',
    passageId: 'k3os-raspberry-pi',
    when: (a) => isPiOrEdge(a) && piEdgeTipsToRancherOs(a),
  },
  {
    id: 'k3os-pi-edge',
    voice: 'ours',
    os: 'k3os',
    kind: 'for',
    weight: 20,
    rule: 5,
    summary:
      'A small single-binary Kubernetes is enough for you, and k3os is the option the article would go with on a Raspberry Pi or edge device.',
    passageId: 'k3os-raspberry-pi',
    when: (a) => isPiOrEdge(a) && !piEdgeTipsToRancherOs(a),
  },
  {
    id: 'rancheros-pi-edge-named',
    voice: 'article',
    os: 'rancheros',
    kind: 'for',
    weight: 10,
    rule: 5,
    summary: 'The conclusion also recommends RancherOS for a Raspberry Pi or edge devices.',
    passageId: 'rancheros-pi-edge-rke',
    when: (a) => isPiOrEdge(a) && !piEdgeTipsToRancherOs(a),
  },

  // Rule 6 — production in the cloud or a data center without Rancher.
  {
    id: 'standard-linux-production-cloud',
    voice: 'article',
    os: 'standard-linux',
    kind: 'for',
    weight: 15,
    rule: 6,
    summary:
      'For production in the cloud, none of the Kubernetes-specific projects was compelling enough to replace a standard Linux distribution.',
    passageId: 'standard-linux-not-compelling',
    when: (a) => isProductionInCloud(a) && a.rancher === 'no',
  },
  {
    id: 'rancheros-production-cloud',
    voice: 'ours',
    os: 'rancheros',
    kind: 'for',
    weight: 8,
    rule: 6,
    summary:
      'The runner-up for production in the cloud: a full Kubernetes that is easy to upgrade.',
    passageId: 'rancheros-cloud-full-kubernetes',
    when: (a) => isProductionInCloud(a) && a.rancher === 'no',
  },
  {
    id: 'talos-one-to-watch',
    voice: 'article',
    os: 'talos',
    kind: 'for',
    weight: 4,
    rule: 6,
    summary: 'The article keeps an eye on Talos to displace CentOS, RHEL or Ubuntu in the cloud.',
    passageId: 'talos-watch',
    when: isProductionInCloud,
  },
  {
    id: 'standard-linux-cloud',
    voice: 'ours',
    os: 'standard-linux',
    kind: 'for',
    weight: 4,
    rule: 6,
    summary: 'In the cloud the author runs Kubernetes on a standard Linux distribution.',
    passageId: 'standard-linux-not-compelling',
    when: (a) => isCloudOrDataCenter(a) && a.workload !== 'production',
  },

  // Rule 7 — Talos.
  {
    id: 'talos-fits',
    voice: 'ours',
    os: 'talos',
    kind: 'for',
    weight: 70,
    rule: 7,
    summary:
      'You accept a young project and need no SSH: Talos manages every node over an API with a strong focus on security.',
    passageId: 'talos-grpc',
    when: talosFits,
  },
  {
    id: 'talos-ssh',
    voice: 'ours',
    os: 'talos',
    kind: 'blocking',
    weight: 0,
    rule: 7,
    summary: 'You need SSH, and Talos has none: every node is managed over a gRPC API.',
    passageId: 'talos-grpc',
    when: (a) => a.access === 'ssh',
  },
  {
    id: 'talos-api',
    voice: 'ours',
    os: 'talos',
    kind: 'for',
    weight: 4,
    rule: 7,
    summary: 'You want API-only management, which is how Talos works.',
    passageId: 'talos-grpc',
    when: (a) => a.access === 'api',
  },
  {
    id: 'talos-early',
    voice: 'ours',
    os: 'talos',
    kind: 'for',
    weight: 3,
    rule: 7,
    summary: 'You are happy with a young project, and Talos was new and moving fast.',
    passageId: 'talos-new-project',
    when: (a) => a.maturity === 'early',
  },
  {
    id: 'talos-experiments',
    voice: 'ours',
    os: 'talos',
    kind: 'for',
    weight: 2,
    rule: 7,
    summary: 'For experiments, a new project under active development is worth trying.',
    passageId: 'talos-new-project',
    when: (a) => a.workload === 'experiments',
  },
  {
    id: 'talos-proven',
    voice: 'ours',
    os: 'talos',
    kind: 'against',
    weight: -8,
    rule: 7,
    summary: 'You want an established project; Talos was new and not yet run in production.',
    passageId: 'talos-production-wish',
    when: (a) => a.maturity === 'proven',
  },

  // Rule 8 — RancherOS's caveat is an outcome caveat (outcomes.ts), shown whenever RancherOS is.

  // Rule 9 — priorities.
  {
    id: 'rancheros-upgrades',
    voice: 'ours',
    os: 'rancheros',
    kind: 'for',
    weight: 4,
    rule: 9,
    summary: 'Keeping Kubernetes upgraded matters most to you, and RKE does that on RancherOS.',
    passageId: 'rancheros-no-brainer',
    when: (a) => a.priority === 'upgrades',
  },
  {
    id: 'talos-upgrades',
    voice: 'ours',
    os: 'talos',
    kind: 'against',
    weight: -3,
    rule: 9,
    summary: 'Keeping Kubernetes upgraded matters most, and Talos had no operator for that yet.',
    passageId: 'talos-upgrade-operator',
    when: (a) => a.priority === 'upgrades',
  },
  {
    id: 'linuxkit-upgrades',
    voice: 'ours',
    os: 'linuxkit',
    kind: 'against',
    weight: -4,
    rule: 9,
    summary:
      'Keeping Kubernetes upgraded matters most; the LinuxKit example baked in Kubernetes 1.10.',
    passageId: 'linuxkit-kubernetes-1-10',
    when: (a) => a.priority === 'upgrades',
  },
  {
    id: 'talos-security',
    voice: 'ours',
    os: 'talos',
    kind: 'for',
    weight: 4,
    rule: 9,
    summary: 'Security comes first for you, and Talos has a strong focus on it.',
    passageId: 'talos-security',
    when: (a) => a.priority === 'security',
  },
  {
    id: 'linuxkit-security',
    voice: 'ours',
    os: 'linuxkit',
    kind: 'for',
    weight: 2,
    rule: 9,
    summary:
      'Security comes first: an immutable image with a read-only root holds only what you put in it.',
    passageId: 'immutable-os',
    when: (a) => a.priority === 'security',
  },
  {
    id: 'standard-linux-security',
    voice: 'ours',
    os: 'standard-linux',
    kind: 'against',
    weight: -2,
    rule: 9,
    summary: 'Security comes first; a full distribution carries more than Kubernetes needs.',
    passageId: 'minimal-os-security',
    when: (a) => a.priority === 'security',
  },
  {
    id: 'standard-linux-familiarity',
    voice: 'ours',
    os: 'standard-linux',
    kind: 'for',
    weight: 4,
    rule: 9,
    summary:
      'Familiar tools matter most: a standard distribution keeps yum, apt and the usual habits.',
    passageId: 'standard-linux-yum-apt',
    when: (a) => a.priority === 'familiarity',
  },
  {
    id: 'talos-familiarity',
    voice: 'ours',
    os: 'talos',
    kind: 'against',
    weight: -3,
    rule: 9,
    summary: 'Familiar tools matter most, but you never log in to a Talos node.',
    passageId: 'talos-grpc',
    when: (a) => a.priority === 'familiarity',
  },
  {
    id: 'linuxkit-familiarity',
    voice: 'ours',
    os: 'linuxkit',
    kind: 'against',
    weight: -2,
    rule: 9,
    summary: 'Familiar tools matter most; building your own OS is new work for most teams.',
    passageId: 'linuxkit-build-own',
    when: (a) => a.priority === 'familiarity',
  },
  {
    id: 'k3os-footprint',
    voice: 'ours',
    os: 'k3os',
    kind: 'for',
    weight: 4,
    rule: 9,
    summary: 'The smallest footprint matters most, and k3s is a small single-binary Kubernetes.',
    passageId: 'k3os-scope',
    when: (a) => a.priority === 'footprint',
  },

  // The remaining answers.
  {
    id: 'rancheros-full-kubernetes',
    voice: 'ours',
    os: 'rancheros',
    kind: 'for',
    weight: 5,
    rule: 5,
    summary:
      'You need full Kubernetes, and RancherOS includes a full version that is easy to upgrade.',
    passageId: 'rancheros-cloud-full-kubernetes',
    when: (a) => a.kubernetes === 'full' && !isPiOrEdge(a),
  },
  {
    id: 'k3os-full-kubernetes',
    voice: 'ours',
    os: 'k3os',
    kind: 'against',
    weight: -5,
    rule: 5,
    summary: 'You need full Kubernetes; k3os is limited to what k3s offers.',
    passageId: 'k3os-scope',
    when: (a) => a.kubernetes === 'full',
  },
  {
    id: 'k3os-lightweight',
    voice: 'ours',
    os: 'k3os',
    kind: 'for',
    weight: 5,
    rule: 5,
    summary: 'A small single-binary Kubernetes is enough for you: that is k3s, inside k3os.',
    passageId: 'k3os-scope',
    when: (a) => a.kubernetes === 'lightweight' && !isPiOrEdge(a),
  },
  {
    id: 'k3os-experiments',
    voice: 'article',
    os: 'k3os',
    kind: 'for',
    weight: 3,
    rule: 4,
    summary: 'For things you are playing with, the article suggests looking at k3os.',
    passageId: 'k3os-ci-edge-conclusion',
    when: (a) => a.workload === 'experiments',
  },
  {
    id: 'rancheros-proven',
    voice: 'ours',
    os: 'rancheros',
    kind: 'for',
    weight: 3,
    rule: 2,
    summary:
      'You want a production-ready project, and the article calls RancherOS production ready.',
    passageId: 'rancheros-no-brainer',
    when: (a) => a.maturity === 'proven',
  },
  {
    id: 'standard-linux-proven',
    voice: 'ours',
    os: 'standard-linux',
    kind: 'for',
    weight: 3,
    rule: 6,
    summary:
      'You want an established option: the standard distribution is what the author runs at work.',
    passageId: 'standard-linux-not-compelling',
    when: (a) => a.maturity === 'proven',
  },
  {
    id: 'linuxkit-proven',
    voice: 'article',
    os: 'linuxkit',
    kind: 'against',
    weight: -4,
    rule: 3,
    summary: 'You want an established project; the article calls LinuxKit a proof of concept.',
    passageId: 'linuxkit-prefer-distribution',
    when: (a) => a.maturity === 'proven',
  },
];
