import type { FactEntry } from './fact-entry';

/** Facts about the systems built for bare metal and the edge, from ../shared/TODAY.md (2026-11). */
export const EDGE_FACTS = {
  'kairos-project': {
    text: 'Kairos is a CNCF Sandbox project (Apache-2.0); v4.2.0 was released 2026-08-18.',
    source: 'kairosRepo',
  },
  'kairos-meta-distribution': {
    text: 'Kairos is a meta-distribution: it builds an immutable OS from a container image of Ubuntu, Debian, Rocky, Alma, Fedora, Alpine or openSUSE, for bare metal and the edge.',
    source: 'kairosSite',
  },
  'kairos-raspberry-pi': {
    text: 'Kairos supports the Raspberry Pi 3 and 4 (not the Pi 5) and NVIDIA Jetson boards.',
    source: 'kairosSite',
  },
  'kairos-ssh': {
    text: 'Kairos nodes are reached with SSH, users set in its cloud-config.',
    source: 'kairosSite',
  },
  'kairos-upgrades': {
    text: 'Kairos has an immutable root and upgrades atomically by A/B from OCI images.',
    source: 'kairosSite',
  },
  'kairos-k3s': {
    text: 'Kairos builds in k3s or k0s and upgrades it through its operator or the system-upgrade-controller: the maintained heir of k3os’s idea.',
    source: 'kairosSite',
  },
  'kairos-pi-issues': {
    text: 'Raspberry Pi boot and upgrade problems are a known pain point in the Kairos issue tracker (2025–2026).',
    source: 'kairosPiIssue',
  },
  'elemental-rancher': {
    text: 'Elemental needs Rancher: Rancher provisions K3s or RKE2 on its machines, and OS upgrades roll out through Fleet.',
    source: 'elementalRepo',
  },
  'elemental-platforms': {
    text: 'Elemental on SL Micro targets bare metal and edge machines, x86_64 and aarch64.',
    source: 'elementalRepo',
  },
  'elemental-images': {
    text: 'Elemental builds and ships the OS (SL Micro 6.2) as OCI images; rancher/elemental v2.3.1 was released 2026-06-09.',
    source: 'elementalRepo',
  },
  'elemental-successor': {
    text: 'k3os is superseded by Elemental, the stated successor of k3os and of RancherOS for Rancher users.',
    source: 'k3osRepo',
  },
  'elemental-access': {
    text: 'How you reach an Elemental node (SSH, or an API only) was not confirmed in the sources read.',
    source: 'elementalRepo',
    verified: false,
  },
} as const satisfies Record<string, FactEntry>;
