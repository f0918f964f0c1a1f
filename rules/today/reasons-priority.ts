import { answered as is } from '../predicates';
import type { ReasonGroup } from './reason-types';

/** What matters most to the person: it orders the systems that fit and decides close calls. */
export const PRIORITY_REASONS: readonly ReasonGroup[] = [
  {
    when: (a) => is(a, 'priority', 'upgrades'),
    rows: [
      [
        'talos-upgrades',
        'talos',
        12,
        'talos-upgrade-k8s',
        'Upgrades first: Talos upgrades Kubernetes with one command, talosctl upgrade-k8s.',
      ],
      [
        'kairos-upgrades',
        'kairos',
        10,
        'kairos-k3s',
        'Upgrades first: Kairos upgrades its built-in k3s or k0s through its operator.',
      ],
      [
        'fcos-upgrades',
        'fedora-coreos',
        10,
        'fcos-updates',
        'Upgrades first: Fedora CoreOS updates itself atomically and coordinates the reboots across the cluster.',
      ],
      [
        'flatcar-upgrades',
        'flatcar',
        6,
        'flatcar-updates',
        'Upgrades first: Flatcar updates itself automatically, with rollback; Kubernetes stays yours to upgrade.',
      ],
      [
        'elemental-upgrades',
        'elemental',
        6,
        'elemental-rancher',
        'Upgrades first: Rancher rolls Elemental’s OS upgrades out through Fleet.',
      ],
      [
        'bottlerocket-upgrades',
        'bottlerocket',
        -8,
        'bottlerocket-variants',
        'Upgrades first; each Bottlerocket image fixes its Kubernetes version, so a minor upgrade replaces the nodes.',
      ],
      [
        'standard-upgrades',
        'standard-linux',
        -5,
        'standard-familiar',
        'Upgrades first; a standard distribution is patched in place, node by node.',
      ],
    ],
  },
  {
    when: (a) => is(a, 'priority', 'security'),
    rows: [
      [
        'talos-security',
        'talos',
        12,
        'talos-api-only',
        'Locked-down hosts first: Talos has no shell and no SSH, nothing on the node to log in to.',
      ],
      [
        'bottlerocket-security',
        'bottlerocket',
        12,
        'bottlerocket-locked-down',
        'Locked-down hosts first: Bottlerocket’s root is read-only and verified by dm-verity.',
      ],
      [
        'flatcar-security',
        'flatcar',
        6,
        'flatcar-updates',
        'Locked-down hosts first: Flatcar’s /usr is read-only and it has no package manager.',
      ],
      [
        'kairos-security',
        'kairos',
        4,
        'kairos-upgrades',
        'Locked-down hosts first: Kairos has an immutable root.',
      ],
      [
        'standard-security',
        'standard-linux',
        -5,
        'standard-familiar',
        'Locked-down hosts first; a standard distribution is mutable, with a package manager on every node.',
      ],
    ],
  },
  {
    when: (a) => is(a, 'priority', 'familiarity'),
    rows: [
      [
        'standard-familiarity',
        'standard-linux',
        15,
        'standard-familiar',
        'Familiar tools first: a standard distribution is the apt, dnf and SSH your team knows.',
      ],
      [
        'kairos-familiarity',
        'kairos',
        5,
        'kairos-meta-distribution',
        'Familiar tools first: Kairos is built from a distribution you may know, such as Ubuntu or Debian.',
      ],
      [
        'talos-familiarity',
        'talos',
        -10,
        'talos-api-only',
        'Familiar tools first; Talos has no shell, only its own API and talosctl.',
      ],
      [
        'bottlerocket-familiarity',
        'bottlerocket',
        -8,
        'bottlerocket-access',
        'Familiar tools first; Bottlerocket has no shell by default.',
      ],
    ],
  },
  {
    when: (a) => is(a, 'priority', 'footprint'),
    rows: [
      [
        'kairos-footprint',
        'kairos',
        10,
        'kairos-k3s',
        'Smallest footprint first: Kairos comes with the small k3s or k0s built in.',
      ],
      [
        'standard-footprint',
        'standard-linux',
        5,
        'k3s-lightweight',
        'Smallest footprint first: k3s on a standard distribution is the common lightweight path.',
      ],
    ],
  },
];
