import { answered as is } from '../predicates';
import type { ReasonGroup } from './reason-types';

/** Raspberry Pi, edge devices and your own data center: how well each candidate fits there (what rules one out: reasons-blocking.ts). */
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
];
