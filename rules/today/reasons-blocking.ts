import { answered as is } from '../predicates';
import type { ReasonGroup } from './reason-types';

/** What rules a candidate out for these answers, each where a fact says it cannot serve them. */
export const BLOCKING_REASONS: readonly ReasonGroup[] = [
  {
    when: (a) => is(a, 'access', 'ssh'),
    rows: [
      [
        'talos-needs-api',
        'talos',
        'blocking',
        'talos-api-only',
        'You want SSH on your nodes; Talos has no shell and no SSH, only its API.',
      ],
    ],
  },
  {
    when: (a) => is(a, 'rancher', 'no'),
    rows: [
      [
        'elemental-needs-rancher',
        'elemental',
        'blocking',
        'elemental-rancher',
        'Elemental needs Rancher, which you do not use.',
      ],
    ],
  },
  {
    when: (a) => is(a, 'platform', 'raspberry-pi'),
    rows: [
      [
        'flatcar-no-raspberry-pi',
        'flatcar',
        'blocking',
        'flatcar-raspberry-pi',
        'Flatcar has no official Raspberry Pi support: it runs there only unofficially.',
      ],
    ],
  },
  // Bottlerocket runs on AWS and VMware. "Our own data center" also covers VMs on
  // premises, where its VMware variants run: there it is weighed down
  // (reasons-place.ts), not ruled out.
  {
    when: (a) => is(a, 'platform', 'raspberry-pi', 'edge'),
    rows: [
      [
        'bottlerocket-no-boards',
        'bottlerocket',
        'blocking',
        'bottlerocket-platforms',
        'Bottlerocket runs on AWS and VMware only: not on a Raspberry Pi or edge devices.',
      ],
    ],
  },
  {
    when: (a) => is(a, 'platform', 'cloud'),
    rows: [
      [
        'bottlerocket-no-other-cloud',
        'bottlerocket',
        'blocking',
        'bottlerocket-platforms',
        'Bottlerocket runs on AWS and VMware only, not on other public clouds.',
      ],
    ],
  },
  {
    when: (a) => is(a, 'platform', 'ci'),
    rows: [
      [
        'bottlerocket-no-ci',
        'bottlerocket',
        'blocking',
        'bottlerocket-platforms',
        'Bottlerocket runs as AWS or VMware nodes, not as clusters a pipeline creates and destroys.',
      ],
      [
        'elemental-no-ci',
        'elemental',
        'blocking',
        'elemental-platforms',
        'Elemental installs onto machines Rancher manages, not into clusters a pipeline creates and destroys.',
      ],
    ],
  },
];
