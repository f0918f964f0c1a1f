import { answered as is } from '../predicates';
import type { ReasonGroup } from './reason-types';

/** How the nodes are reached, Rancher, and how established the project must be. */
export const NEED_REASONS: readonly ReasonGroup[] = [
  {
    when: (a) => is(a, 'access', 'ssh'),
    rows: [
      [
        'bottlerocket-ssh-opt-in',
        'bottlerocket',
        -25,
        'bottlerocket-access',
        'You want SSH; on Bottlerocket it is an opt-in admin container, not the usual way in.',
      ],
      [
        'flatcar-ssh',
        'flatcar',
        8,
        'flatcar-ssh',
        'You want SSH on your nodes: Flatcar is managed with SSH.',
      ],
      [
        'fcos-ssh',
        'fedora-coreos',
        8,
        'fcos-ssh',
        'You want SSH on your nodes: Fedora CoreOS is managed with SSH.',
      ],
      [
        'kairos-ssh',
        'kairos',
        8,
        'kairos-ssh',
        'You want SSH on your nodes: Kairos is managed with SSH.',
      ],
      [
        'standard-ssh',
        'standard-linux',
        8,
        'standard-familiar',
        'You want SSH on your nodes: a standard distribution is managed with SSH.',
      ],
    ],
  },
  {
    when: (a) => is(a, 'access', 'api'),
    rows: [
      [
        'talos-api-only',
        'talos',
        30,
        'talos-api-only',
        'You want API-only nodes: Talos has no shell and no SSH, only an API over mutual TLS.',
      ],
      [
        'bottlerocket-api',
        'bottlerocket',
        20,
        'bottlerocket-access',
        'You want API-only nodes: Bottlerocket has no SSH or shell by default, only an API.',
      ],
      [
        'flatcar-not-api-only',
        'flatcar',
        -10,
        'flatcar-ssh',
        'You want API-only nodes; Flatcar is managed with SSH.',
      ],
      [
        'fcos-not-api-only',
        'fedora-coreos',
        -10,
        'fcos-ssh',
        'You want API-only nodes; Fedora CoreOS is managed with SSH.',
      ],
      [
        'kairos-not-api-only',
        'kairos',
        -10,
        'kairos-ssh',
        'You want API-only nodes; Kairos is managed with SSH.',
      ],
      [
        'standard-not-api-only',
        'standard-linux',
        -10,
        'standard-familiar',
        'You want API-only nodes; a standard distribution is managed with SSH.',
      ],
    ],
  },
  {
    when: (a) => is(a, 'rancher', 'yes'),
    rows: [
      [
        'elemental-rancher',
        'elemental',
        35,
        'elemental-rancher',
        'You already use Rancher: with Elemental, Rancher provisions the nodes and rolls out OS upgrades through Fleet.',
      ],
      [
        'standard-rancher',
        'standard-linux',
        25,
        'rke2-rancher',
        'You already use Rancher: it installs RKE2 or K3s on a standard distribution.',
      ],
    ],
  },
  {
    when: (a) => is(a, 'maturity', 'proven'),
    rows: [
      [
        'standard-proven',
        'standard-linux',
        10,
        'standard-lts',
        'You want an established project: Ubuntu LTS has years of standard support.',
      ],
      [
        'flatcar-proven',
        'flatcar',
        10,
        'flatcar-cncf',
        'You want an established project: Flatcar is a CNCF incubating project.',
      ],
      [
        'bottlerocket-proven',
        'bottlerocket',
        10,
        'bottlerocket-aws',
        'You want an established project: Bottlerocket is built and maintained by AWS.',
      ],
      [
        'talos-proven',
        'talos',
        5,
        'talos-active',
        'You want an established project: Talos is in common production use.',
      ],
      [
        'kairos-sandbox',
        'kairos',
        -15,
        'kairos-project',
        'You want an established project; Kairos is at the CNCF’s early Sandbox stage.',
      ],
    ],
  },
];
