import type { OsId } from '../outcomes';
import type { CandidateId } from './candidates';
import type { FactId } from './facts';

/**
 * Whether each of the article's outcomes is a maintained Kubernetes node OS
 * today. Defined here rather than read from OUTCOMES' status: a maintained
 * toolkit (LinuxKit) with no maintained Kubernetes image does not count.
 */
export const MAINTAINED_NODE_OS = {
  'standard-linux': true,
  rancheros: false,
  k3os: false,
  talos: true,
  linuxkit: false,
  'container-linux': false,
} as const satisfies Record<OsId, boolean>;

/** One maintained system with the traits of an article's outcome, and why. */
export interface HeirLine {
  readonly heir: CandidateId;
  /** our words: what it keeps of the article's pick */
  readonly summary: string;
  readonly factIds: readonly FactId[];
}

/** For each of the article's outcomes, its maintained heirs (TODAY.md, "What became of the article's five"). */
export const HEIR_LINES = {
  'standard-linux': [
    {
      heir: 'standard-linux',
      summary: 'Standard distributions are still maintained: the article’s pick is its own heir.',
      factIds: ['standard-lts', 'standard-kubernetes'],
    },
  ],
  rancheros: [
    {
      heir: 'elemental',
      summary:
        'RancherOS is unmaintained; for Rancher users, its stated successor is Elemental, which Rancher provisions and upgrades.',
      factIds: ['rancheros-unmaintained', 'elemental-successor', 'elemental-rancher'],
    },
    {
      heir: 'standard-linux',
      summary:
        'RancherOS is unmaintained; Rancher’s maintained path is RKE2 or K3s on a standard distribution.',
      factIds: ['rancheros-unmaintained', 'rke2-rancher'],
    },
  ],
  k3os: [
    {
      heir: 'kairos',
      summary:
        'k3os is archived; Kairos carries its idea on: an immutable OS with k3s built in, for the edge.',
      factIds: ['k3os-archived', 'kairos-k3s'],
    },
    {
      heir: 'elemental',
      summary: 'k3os is archived and superseded by Elemental, for machines Rancher manages.',
      factIds: ['k3os-archived', 'elemental-successor'],
    },
    {
      heir: 'standard-linux',
      summary: 'k3os is archived, but k3s itself lives on: run it on a standard distribution.',
      factIds: ['k3os-archived', 'k3s-lightweight'],
    },
    {
      heir: 'talos',
      summary:
        'k3os is archived; Talos is a maintained immutable Kubernetes OS, managed only through an API.',
      factIds: ['k3os-archived', 'talos-api-only'],
    },
  ],
  talos: [
    {
      heir: 'talos',
      summary: 'Talos is actively developed: the article’s pick is its own heir.',
      factIds: ['talos-active', 'talos-upgrade-k8s'],
    },
  ],
  linuxkit: [
    {
      heir: 'kairos',
      summary:
        'LinuxKit’s Kubernetes image has not changed since 2018; to bake your own immutable images today, Kairos builds its OS from a container image.',
      factIds: ['linuxkit-kubernetes-stale', 'kairos-meta-distribution'],
    },
    {
      heir: 'talos',
      summary:
        'LinuxKit’s Kubernetes image has not changed since 2018; to bake your own immutable images today, the Talos Image Factory builds custom Talos images.',
      factIds: ['linuxkit-kubernetes-stale', 'talos-image-factory'],
    },
    {
      heir: 'flatcar',
      summary:
        'LinuxKit’s Kubernetes image has not changed since 2018; to bake your own immutable images today, Flatcar takes what you add as system extension images.',
      factIds: ['linuxkit-kubernetes-stale', 'flatcar-sysext'],
    },
  ],
  'container-linux': [
    {
      heir: 'flatcar',
      summary: 'Container Linux reached its end of life; Flatcar continues the same lineage.',
      factIds: ['container-linux-eol', 'flatcar-lineage'],
    },
    {
      heir: 'fedora-coreos',
      summary: 'Container Linux reached its end of life; Fedora CoreOS is its official successor.',
      factIds: ['container-linux-eol', 'fcos-successor'],
    },
  ],
} as const satisfies Record<OsId, readonly HeirLine[]>;
