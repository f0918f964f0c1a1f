import { answered as is } from '../predicates';
import type { ReasonGroup } from './reason-types';

/** Clouds, CI pipelines, and what runs anywhere: how well each candidate fits (what rules one out: reasons-blocking.ts). */
export const CLOUD_REASONS: readonly ReasonGroup[] = [
  {
    when: (a) => is(a, 'platform', 'aws', 'cloud', 'raspberry-pi'),
    rows: [
      [
        'elemental-not-cloud-or-boards',
        'elemental',
        -30,
        'elemental-platforms',
        'Elemental is made for bare-metal and edge machines; cloud instances and Raspberry Pi boards are not among its stated targets.',
      ],
    ],
  },
  {
    when: (a) => is(a, 'platform', 'aws', 'cloud'),
    rows: [
      [
        'kairos-not-cloud',
        'kairos',
        -5,
        'kairos-meta-distribution',
        'Kairos is built for bare metal and the edge rather than cloud instances.',
      ],
    ],
  },
  {
    when: (a) => is(a, 'platform', 'aws'),
    rows: [
      [
        'bottlerocket-aws',
        'bottlerocket',
        20,
        'bottlerocket-aws',
        'On AWS, Bottlerocket is AWS’s own node OS, and EKS offers it as a node image.',
      ],
      [
        'flatcar-aws-gaps',
        'flatcar',
        -5,
        'flatcar-platforms',
        'On AWS, Flatcar is supported with gaps.',
      ],
    ],
  },
  {
    when: (a) => is(a, 'platform', 'cloud'),
    rows: [
      [
        'flatcar-clouds',
        'flatcar',
        10,
        'flatcar-platforms',
        'Flatcar is fully supported on Azure, Google Cloud, DigitalOcean and other clouds.',
      ],
    ],
  },
  {
    when: (a) => is(a, 'platform', 'aws', 'cloud', 'bare-metal', 'edge'),
    rows: [
      [
        'talos-platforms',
        'talos',
        8,
        'talos-platforms',
        'Talos runs on bare metal, AWS, Google Cloud, Azure and other clouds.',
      ],
      [
        'fcos-platforms',
        'fedora-coreos',
        8,
        'fcos-platforms',
        'Fedora CoreOS runs on about 20 platforms: AWS, Azure, Google Cloud, bare metal and more.',
      ],
    ],
  },
  {
    when: (a) => is(a, 'platform', 'raspberry-pi', 'edge', 'aws', 'cloud', 'bare-metal'),
    rows: [
      [
        'standard-everywhere',
        'standard-linux',
        8,
        'standard-everywhere',
        'A standard distribution runs wherever your nodes do.',
      ],
    ],
  },
  {
    when: (a) => is(a, 'platform', 'ci'),
    rows: [
      [
        'standard-ci',
        'standard-linux',
        40,
        'k3s-lightweight',
        'For clusters a pipeline creates and destroys, k3s on the CI runner’s own distribution is the light, common path.',
      ],
    ],
  },
];
