import type { ReasonRule } from './reason-types';
import {
  isCloudOrDataCenter,
  isCloudProduction,
  isPiOrEdge,
  isProvenProduction,
} from './predicates';
import { cloudProductionTip, piEdgeTip } from './signals';

/**
 * The two places where the article names two answers (rules 5 and 6): each
 * answer as the article's words, and a smaller reason, ours, that tips it.
 * Then rule 8, which counts against RancherOS wherever it is discussed.
 */
export const PLACE_REASONS: readonly ReasonRule[] = [
  // Rule 5 — Raspberry Pi and edge: the article names both; our reading of the answers tips it.
  {
    id: 'rancheros-pi-edge',
    os: 'rancheros',
    kind: 'for',
    weight: 20,
    rule: 5,
    summary:
      'For Kubernetes on a Raspberry Pi or edge devices, the article’s conclusion recommends RancherOS.',
    passageId: 'rancheros-pi-edge-rke',
    voice: 'article',
    when: isPiOrEdge,
  },
  {
    id: 'k3os-pi-edge',
    os: 'k3os',
    kind: 'for',
    weight: 20,
    rule: 5,
    summary:
      'For Kubernetes on a Raspberry Pi or edge device, the article’s k3os section says k3os is the option the author would go with.',
    passageId: 'k3os-raspberry-pi',
    voice: 'article',
    when: isPiOrEdge,
  },
  {
    id: 'rancheros-pi-edge-full',
    os: 'rancheros',
    kind: 'for',
    weight: 10,
    rule: 5,
    summary:
      'You need full Kubernetes that is easy to upgrade, so of the article’s two answers for a Raspberry Pi or edge devices we take RancherOS.',
    passageId: 'rancheros-cloud-full-kubernetes',
    voice: 'ours',
    when: (a) => isPiOrEdge(a) && a.kubernetes === 'full',
  },
  {
    id: 'rancheros-pi-edge-proven',
    os: 'rancheros',
    kind: 'for',
    weight: 10,
    rule: 5,
    summary:
      'You want only production-ready projects, and of the article’s two answers for a Raspberry Pi or edge devices only RancherOS is called production ready.',
    passageId: 'rancheros-no-brainer',
    voice: 'ours',
    when: (a) => isPiOrEdge(a) && isProvenProduction(a),
  },
  {
    id: 'k3os-pi-edge-lightweight',
    os: 'k3os',
    kind: 'for',
    weight: 10,
    rule: 5,
    summary:
      'A small single-binary Kubernetes is enough for you, so of the article’s two answers for a Raspberry Pi or edge devices we take k3os.',
    passageId: 'k3os-scope',
    voice: 'ours',
    when: (a) => isPiOrEdge(a) && piEdgeTip(a) === 'k3os',
  },

  // Rule 6 — production in the cloud or a data center without Rancher: the article names two answers.
  {
    id: 'standard-linux-production-cloud',
    os: 'standard-linux',
    kind: 'for',
    weight: 15,
    rule: 6,
    summary:
      'The article’s conclusion: none of these projects was compelling enough for the author to switch out the standard Linux on the Kubernetes clusters on AWS at work.',
    passageId: 'standard-linux-not-compelling',
    voice: 'article',
    when: isCloudProduction,
  },
  {
    id: 'rancheros-production-cloud',
    os: 'rancheros',
    kind: 'for',
    weight: 15,
    rule: 6,
    summary:
      'The article’s k3os section: for production applications in the cloud the author would go with RancherOS, for its full Kubernetes that is easy to upgrade.',
    passageId: 'rancheros-cloud-full-kubernetes',
    voice: 'article',
    when: isCloudProduction,
  },
  {
    id: 'standard-linux-cloud-conclusion',
    os: 'standard-linux',
    kind: 'for',
    weight: 5,
    rule: 6,
    summary:
      'Of the article’s two answers for production in the cloud or a data center we follow its conclusion, as nothing in your answers puts upgrades first.',
    passageId: 'standard-linux-not-compelling',
    voice: 'ours',
    when: (a) => isCloudProduction(a) && cloudProductionTip(a) === 'standard-linux',
  },
  {
    id: 'rancheros-cloud-upgrades',
    os: 'rancheros',
    kind: 'for',
    weight: 5,
    rule: 6,
    summary:
      'Upgrades come first for you, which is the reason the article gives for RancherOS in production in the cloud: a full Kubernetes that is easy to upgrade.',
    passageId: 'rancheros-cloud-full-kubernetes',
    voice: 'ours',
    when: (a) => isCloudProduction(a) && cloudProductionTip(a) === 'rancheros',
  },
  {
    id: 'talos-one-to-watch',
    os: 'talos',
    kind: 'for',
    weight: 4,
    rule: 6,
    summary:
      'The author keeps an eye on Talos as a project that could displace CentOS, RHEL or Ubuntu for production Kubernetes in the cloud.',
    passageId: 'talos-watch',
    voice: 'article',
    when: (a) => isCloudOrDataCenter(a) && a.workload === 'production',
  },

  // Rule 8 — RancherOS runs Docker as PID 1: against it wherever it is discussed.
  {
    id: 'rancheros-docker-pid1',
    os: 'rancheros',
    kind: 'against',
    weight: -2,
    rule: 8,
    summary:
      'The article saw Docker as PID 1, which RancherOS is built on, turning into a negative as the Kubernetes CRI landscape evolved.',
    passageId: 'rancheros-docker-pid1',
    voice: 'article',
    when: () => true,
  },
];
