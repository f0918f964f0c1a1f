import { answered as is, reasonsWhen, type TodayReasonRule } from './reason-types';

/** What rules a candidate out for these answers, each where a fact says it cannot serve them. */
export const BLOCKING_REASONS: readonly TodayReasonRule[] = [
  ...reasonsWhen(is('access', 'ssh'), [
    [
      'talos-needs-api',
      'talos',
      'blocking',
      'talos-api-only',
      'You want SSH on your nodes; Talos has no shell and no SSH, only its API.',
    ],
  ]),
  ...reasonsWhen(is('rancher', 'no'), [
    [
      'elemental-needs-rancher',
      'elemental',
      'blocking',
      'elemental-rancher',
      'Elemental needs Rancher, which you do not use.',
    ],
  ]),
  ...reasonsWhen(is('platform', 'raspberry-pi'), [
    [
      'flatcar-no-raspberry-pi',
      'flatcar',
      'blocking',
      'flatcar-raspberry-pi',
      'Flatcar has no official Raspberry Pi support: it runs there only unofficially.',
    ],
  ]),
  // Bottlerocket runs on AWS and VMware. "Our own data center" also covers VMs on
  // premises, where its VMware variants run: there it is weighed down
  // (reasons-place.ts), not ruled out.
  ...reasonsWhen(is('platform', 'raspberry-pi', 'edge'), [
    [
      'bottlerocket-no-boards',
      'bottlerocket',
      'blocking',
      'bottlerocket-platforms',
      'Bottlerocket runs on AWS and VMware only: not on a Raspberry Pi or edge devices.',
    ],
  ]),
  ...reasonsWhen(is('platform', 'cloud'), [
    [
      'bottlerocket-no-other-cloud',
      'bottlerocket',
      'blocking',
      'bottlerocket-platforms',
      'Bottlerocket runs on AWS and VMware only, not on other public clouds.',
    ],
  ]),
  ...reasonsWhen(is('platform', 'ci'), [
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
  ]),
];
