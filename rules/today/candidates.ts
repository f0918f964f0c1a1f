import type { FactId } from './facts';

/** The maintained node systems today's pick chooses from. */
export type CandidateId =
  | 'talos'
  | 'flatcar'
  | 'bottlerocket'
  | 'fedora-coreos'
  | 'kairos'
  | 'elemental'
  | 'standard-linux';

/**
 * Every candidate, in the order that breaks a tie: the most widely run and
 * longest established first, then the CNCF incubating and vendor-backed
 * systems, the API-only one, and the young or Rancher-only ones last.
 */
export const CANDIDATE_IDS: readonly CandidateId[] = [
  'standard-linux',
  'flatcar',
  'bottlerocket',
  'fedora-coreos',
  'talos',
  'kairos',
  'elemental',
];

/** A maintained node system as today's pick presents it. */
export interface Candidate {
  readonly id: CandidateId;
  readonly name: string;
  /** one line, our words */
  readonly summary: string;
  /** e.g. 'Sidero Labs; MPL-2.0' */
  readonly maintainer: string;
  /** the key facts to show under it */
  readonly factIds: readonly FactId[];
}

/** Every candidate, keyed by id. */
export const CANDIDATES: Readonly<Record<CandidateId, Candidate>> = {
  talos: {
    id: 'talos',
    name: 'Talos Linux',
    summary: 'An immutable Kubernetes OS with no shell, managed only through an API.',
    maintainer: 'Sidero Labs; MPL-2.0',
    factIds: [
      'talos-api-only',
      'talos-immutable',
      'talos-upgrade-k8s',
      'talos-platforms',
      'talos-active',
    ],
  },
  flatcar: {
    id: 'flatcar',
    name: 'Flatcar Container Linux',
    summary: 'Container Linux’s community fork: immutable, self-updating, reached with SSH.',
    maintainer: 'CNCF incubating project; Apache-2.0',
    factIds: [
      'flatcar-cncf',
      'flatcar-updates',
      'flatcar-releases',
      'flatcar-platforms',
      'flatcar-kubernetes',
    ],
  },
  bottlerocket: {
    id: 'bottlerocket',
    name: 'Bottlerocket',
    summary:
      'AWS’s locked-down container OS for EKS and VMware, with Kubernetes built into each image.',
    maintainer: 'AWS; Apache-2.0 / MIT',
    factIds: [
      'bottlerocket-aws',
      'bottlerocket-locked-down',
      'bottlerocket-access',
      'bottlerocket-variants',
    ],
  },
  'fedora-coreos': {
    id: 'fedora-coreos',
    name: 'Fedora CoreOS',
    summary:
      'Fedora’s automatically updating container OS, the official successor of Container Linux.',
    maintainer: 'Fedora Project',
    factIds: ['fcos-successor', 'fcos-updates', 'fcos-platforms', 'fcos-kubernetes'],
  },
  kairos: {
    id: 'kairos',
    name: 'Kairos',
    summary:
      'Turns a familiar distribution into an immutable OS with k3s or k0s built in, for the edge.',
    maintainer: 'CNCF Sandbox project; Apache-2.0',
    factIds: ['kairos-meta-distribution', 'kairos-k3s', 'kairos-raspberry-pi', 'kairos-project'],
  },
  elemental: {
    id: 'elemental',
    name: 'Elemental on SL Micro',
    summary: 'SUSE’s immutable OS for machines that Rancher provisions and upgrades.',
    maintainer: 'SUSE / Rancher; Apache-2.0',
    factIds: ['elemental-rancher', 'elemental-platforms', 'elemental-images', 'elemental-access'],
  },
  'standard-linux': {
    id: 'standard-linux',
    name: 'A standard distribution',
    summary: 'Ubuntu LTS, RHEL or Debian with the Kubernetes of your choice, k3s included.',
    maintainer: 'Canonical, Red Hat, Debian and others',
    factIds: ['standard-everywhere', 'standard-lts', 'standard-kubernetes', 'k3s-lightweight'],
  },
};
