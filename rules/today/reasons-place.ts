import { answered as is, type ReasonGroup } from './reason-types';

/** Where the nodes run: how well each candidate fits there (what rules one out: reasons-blocking.ts). */
export const PLACE_REASONS: readonly ReasonGroup[] = [
  {
    when: (a) => is(a, 'platform', 'raspberry-pi'),
    rows: [
      [
        'kairos-raspberry-pi',
        'kairos',
        15,
        'kairos-raspberry-pi',
        'Kairos supports the Raspberry Pi 3 and 4.',
      ],
      [
        'talos-raspberry-pi',
        'talos',
        12,
        'talos-raspberry-pi',
        'Talos supports the Raspberry Pi 4B and CM4 officially.',
      ],
      [
        'fcos-raspberry-pi',
        'fedora-coreos',
        8,
        'fcos-platforms',
        'Fedora CoreOS runs on the Raspberry Pi 4.',
      ],
      [
        'kairos-pi-issues',
        'kairos',
        -5,
        'kairos-pi-issues',
        'Raspberry Pi boot and upgrade problems are a known pain point of Kairos.',
      ],
    ],
  },
  {
    when: (a) => is(a, 'platform', 'edge'),
    rows: [
      ['kairos-edge', 'kairos', 15, 'kairos-meta-distribution', 'Kairos is built for the edge.'],
    ],
  },
  {
    when: (a) => is(a, 'platform', 'edge', 'bare-metal'),
    rows: [
      [
        'elemental-bare-metal-edge',
        'elemental',
        15,
        'elemental-platforms',
        'Elemental is made for bare-metal and edge machines like yours.',
      ],
    ],
  },
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
    when: (a) => is(a, 'platform', 'bare-metal'),
    rows: [
      ['kairos-bare-metal', 'kairos', 8, 'kairos-meta-distribution', 'Kairos runs on bare metal.'],
      // "Our own data center" also covers VMs on premises, where Bottlerocket's VMware
      // variants still run: so it is weighed down there, not ruled out.
      [
        'bottlerocket-data-center',
        'bottlerocket',
        -25,
        'bottlerocket-no-bare-metal',
        'In your own data center, Bottlerocket fits only VMware: its bare-metal Kubernetes builds ended after 1.28.',
      ],
      [
        'flatcar-bare-metal',
        'flatcar',
        8,
        'flatcar-platforms',
        'Flatcar runs on bare metal and on vSphere in your own data center.',
      ],
      [
        'talos-bare-metal-upgrades',
        'talos',
        -3,
        'talos-bare-metal-upgrades',
        'On some bare-metal boot setups, Talos upgrades are a known pain point.',
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
