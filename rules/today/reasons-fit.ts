import { answered as is } from '../predicates';
import type { ReasonGroup } from './reason-types';

/** How much Kubernetes, and whether the person builds their own OS images. */
export const FIT_REASONS: readonly ReasonGroup[] = [
  {
    when: (a) => is(a, 'kubernetes', 'lightweight'),
    rows: [
      [
        'kairos-lightweight',
        'kairos',
        10,
        'kairos-k3s',
        'A small Kubernetes is enough: Kairos has k3s or k0s built in.',
      ],
      [
        'standard-lightweight',
        'standard-linux',
        8,
        'k3s-lightweight',
        'A small Kubernetes is enough: k3s on a standard distribution is the common path.',
      ],
    ],
  },
  {
    when: (a) => is(a, 'kubernetes', 'full'),
    rows: [
      [
        'talos-full',
        'talos',
        8,
        'talos-upgrade-k8s',
        'You want full Kubernetes: Talos ships upstream Kubernetes.',
      ],
      [
        'standard-full',
        'standard-linux',
        5,
        'standard-kubernetes',
        'You want full Kubernetes: any installs on a standard distribution, kubeadm included.',
      ],
      [
        'flatcar-full',
        'flatcar',
        3,
        'flatcar-kubernetes',
        'You want full Kubernetes: Flatcar runs kubeadm as a system extension.',
      ],
      [
        'kairos-full',
        'kairos',
        -5,
        'kairos-k3s',
        'You want full upstream Kubernetes; Kairos builds in k3s or k0s.',
      ],
    ],
  },
  {
    when: (a) => is(a, 'image', 'custom'),
    rows: [
      [
        'kairos-custom',
        'kairos',
        12,
        'kairos-meta-distribution',
        'You build your own images: Kairos builds its OS from a container image you control.',
      ],
      [
        'talos-custom',
        'talos',
        10,
        'talos-image-factory',
        'You build your own images: the Talos Image Factory bakes custom Talos images.',
      ],
      [
        'flatcar-custom',
        'flatcar',
        8,
        'flatcar-sysext',
        'You build your own images: Flatcar takes what you add as system extension images.',
      ],
      [
        'elemental-custom',
        'elemental',
        5,
        'elemental-images',
        'You build your own images: Elemental ships the OS as OCI images.',
      ],
      [
        'standard-custom',
        'standard-linux',
        -5,
        'standard-familiar',
        'You build your own immutable images; a standard distribution is patched in place instead.',
      ],
    ],
  },
];
