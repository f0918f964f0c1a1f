import type { ReasonRule } from './reason-types';

/**
 * Rule 9: what matters most shifts the balance where the article gives
 * grounds. Small weights (2–4): they never outweigh one of the article's
 * signals. The article counts leaving Yum and Apt behind as a benefit of the
 * Kubernetes OSes, so for a team that values familiar tools that passage is
 * cited only as the trade-off it names; and as the article cannot say whether
 * a minimal OS is more secure, no reason claims it either way.
 */
export const PRIORITY_REASONS: readonly ReasonRule[] = [
  // Upgrades: RKE keeps RancherOS's Kubernetes current; Talos had no operator for it yet.
  {
    id: 'rancheros-upgrades',
    os: 'rancheros',
    kind: 'for',
    weight: 4,
    rule: 9,
    summary:
      'Keeping Kubernetes upgraded matters most to you, and the article says RancherOS keeps it upgraded to a modern version with RKE.',
    passageId: 'rancheros-no-brainer',
    voice: 'ours',
    when: (a) => a.priority === 'upgrades',
  },
  {
    id: 'talos-upgrades',
    os: 'talos',
    kind: 'against',
    weight: -3,
    rule: 9,
    summary:
      'Keeping Kubernetes upgraded matters most to you, and in 2019 Talos had no operator for upgrading Kubernetes yet.',
    passageId: 'talos-upgrade-operator',
    voice: 'ours',
    when: (a) => a.priority === 'upgrades',
  },

  // Security: the article credits Talos with a strong focus on it.
  {
    id: 'talos-security',
    os: 'talos',
    kind: 'for',
    weight: 4,
    rule: 9,
    summary:
      'Security comes first for you, and the article credits Talos with a strong focus on security.',
    passageId: 'talos-security',
    voice: 'ours',
    when: (a) => a.priority === 'security',
  },

  // Familiarity: a standard distribution keeps what the team knows; the Kubernetes OSes trade it away.
  {
    id: 'standard-linux-familiarity',
    os: 'standard-linux',
    kind: 'for',
    weight: 4,
    rule: 9,
    summary:
      'Familiar tools matter most to you, and a standard distribution is what the author kept on the Kubernetes clusters at work.',
    passageId: 'standard-linux-not-compelling',
    voice: 'ours',
    when: (a) => a.priority === 'familiarity',
  },
  // The same trade-off for both of the article's Kubernetes OSes that leave yum and apt behind.
  ...(['rancheros', 'k3os'] as const).map((os): ReasonRule => ({
    id: `${os}-familiarity`,
    os,
    kind: 'against',
    weight: -2,
    rule: 9,
    summary:
      'Familiar tools matter most to you, and the article names the trade-off of its Kubernetes OSes: no more Yum and Apt, but packaging everything for Kubernetes instead.',
    passageId: 'standard-linux-yum-apt',
    voice: 'ours',
    when: (a) => a.priority === 'familiarity',
  })),
  {
    id: 'talos-familiarity',
    os: 'talos',
    kind: 'against',
    weight: -3,
    rule: 9,
    summary: 'Familiar tools matter most to you, but you never log in to a Talos node.',
    passageId: 'talos-grpc',
    voice: 'ours',
    when: (a) => a.priority === 'familiarity',
  },
  {
    id: 'linuxkit-familiarity',
    os: 'linuxkit',
    kind: 'against',
    weight: -2,
    rule: 9,
    summary:
      'Familiar tools matter most to you, and the article doubts many people want to build their own operating system.',
    passageId: 'linuxkit-build-own',
    voice: 'ours',
    when: (a) => a.priority === 'familiarity',
  },

  // Footprint: k3s is a small single binary.
  {
    id: 'k3os-footprint',
    os: 'k3os',
    kind: 'for',
    weight: 4,
    rule: 9,
    summary:
      'The smallest footprint matters most to you, and k3s is a small single-binary Kubernetes.',
    passageId: 'k3os-scope',
    voice: 'ours',
    when: (a) => a.priority === 'footprint',
  },
];
