import type { ReasonRule } from './reason-types';
import { isPiOrEdge, isProvenProduction, talosFits, usesRancher } from './predicates';

/**
 * The reasons that carry the article's signals for one outcome (rules 1–4
 * and 7), strongest first. Their weights make the app's ordering of those
 * signals; see reasons.ts.
 */
export const SIGNAL_REASONS: readonly ReasonRule[] = [
  // Rule 1 — Container Linux: always listed, never recommended.
  {
    id: 'container-linux-avoid',
    os: 'container-linux',
    kind: 'blocking',
    weight: 0,
    rule: 1,
    summary:
      'The article says to avoid Container Linux altogether: Red Hat gave it no clear direction.',
    passageId: 'container-linux-avoid',
    voice: 'article',
    when: () => true,
  },
  {
    id: 'container-linux-tectonic',
    os: 'container-linux',
    kind: 'against',
    weight: -5,
    rule: 1,
    summary:
      'The article notes that Tectonic, its Kubernetes, was due to reach end of life in August 2019 and deployed an ancient Kubernetes, 1.9.',
    passageId: 'container-linux-tectonic',
    voice: 'article',
    when: () => true,
  },
  {
    id: 'container-linux-production',
    os: 'container-linux',
    kind: 'against',
    weight: -5,
    rule: 1,
    summary: 'The article finds no clear way to run Kubernetes on it in production.',
    passageId: 'container-linux-direction',
    voice: 'article',
    when: (a) => a.workload === 'production',
  },

  // Rule 2 — already on Rancher or RKE: the strongest signal.
  {
    id: 'rancheros-rancher-user',
    os: 'rancheros',
    kind: 'for',
    weight: 100,
    rule: 2,
    summary:
      'You already use Rancher, and for Rancher users the article calls RancherOS probably a no-brainer: production ready, with RKE to keep Kubernetes upgraded.',
    passageId: 'rancheros-no-brainer',
    voice: 'article',
    when: usesRancher,
  },

  // Rule 4 — CI pipelines and CI runners.
  {
    id: 'k3os-ci-pipelines',
    os: 'k3os',
    kind: 'for',
    weight: 80,
    rule: 4,
    summary:
      'The article says k3s, the Kubernetes in k3os, is focused on edge devices and CI pipelines.',
    passageId: 'k3os-scope',
    voice: 'article',
    when: (a) => a.platform === 'ci',
  },
  {
    id: 'k3os-gitlab-runners',
    os: 'k3os',
    kind: 'for',
    weight: 80,
    rule: 4,
    summary: 'For private GitLab CI runners, the article’s conclusion says to consider k3os.',
    passageId: 'k3os-ci-edge-conclusion',
    voice: 'article',
    when: (a) => a.workload === 'ci-runners',
  },

  // Rule 3 — building your own images leads only where nothing above points elsewhere.
  {
    id: 'linuxkit-custom-images',
    os: 'linuxkit',
    kind: 'for',
    weight: 60,
    rule: 3,
    summary: 'You want to build your own immutable OS images, which is what LinuxKit does.',
    passageId: 'linuxkit-custom',
    voice: 'ours',
    when: (a) => a.image === 'custom',
  },
  {
    id: 'linuxkit-proven',
    os: 'linuxkit',
    kind: 'against',
    weight: -60,
    rule: 3,
    summary:
      'You want only production-ready projects, and the article calls LinuxKit a cool proof of concept.',
    passageId: 'linuxkit-prefer-distribution',
    voice: 'ours',
    when: isProvenProduction,
  },
  {
    id: 'linuxkit-upgrades',
    os: 'linuxkit',
    kind: 'against',
    weight: -60,
    rule: 3,
    summary:
      'Keeping Kubernetes upgraded matters most to you, and the article’s LinuxKit example baked in Kubernetes 1.10.',
    passageId: 'linuxkit-kubernetes-1-10',
    voice: 'ours',
    when: (a) => a.priority === 'upgrades',
  },

  // Rule 7 — Talos leads in the cloud or on bare metal for a young, API-managed node.
  {
    id: 'talos-fits',
    os: 'talos',
    kind: 'for',
    weight: 40,
    rule: 7,
    summary:
      'You accept a young project and need no SSH in the cloud or your data center: Talos manages every node over an API.',
    passageId: 'talos-grpc',
    voice: 'ours',
    when: talosFits,
  },
  {
    id: 'talos-ssh',
    os: 'talos',
    kind: 'blocking',
    weight: 0,
    rule: 7,
    summary: 'You need SSH, and Talos has none: every node is managed over a gRPC API.',
    passageId: 'talos-grpc',
    voice: 'ours',
    when: (a) => a.access === 'ssh',
  },
  {
    id: 'talos-pi-edge',
    os: 'talos',
    kind: 'against',
    weight: -5,
    rule: 5,
    summary:
      'The article hoped to see Talos in production on the major cloud platforms and bare metal hosts; for a Raspberry Pi or edge devices it names other options.',
    passageId: 'talos-production-wish',
    voice: 'ours',
    when: isPiOrEdge,
  },
];
