import type { PassageId } from './passages';

/** The six outcomes the article compares. */
export const OS_IDS = [
  'standard-linux',
  'rancheros',
  'k3os',
  'talos',
  'linuxkit',
  'container-linux',
] as const;

/** An outcome id, e.g. `talos`. */
export type OsId = (typeof OS_IDS)[number];

/** A link to where a fact can be checked. */
export interface Source {
  readonly label: string;
  readonly url: string;
}

/** A maintained project with the same traits as a discontinued one (a fact, not the article's words). */
export interface Alternative {
  readonly name: string;
  readonly traits: string;
  readonly source: Source;
}

/**
 * What matters today for running Kubernetes on an outcome: `toolkit-only` is a
 * maintained toolkit with no maintained Kubernetes image.
 */
export type StatusState = 'maintained' | 'toolkit-only' | 'unmaintained' | 'end-of-life';

/** What is true of an outcome today, dated and sourced; never the article's words. */
export interface StatusToday {
  /** When these facts were gathered, `YYYY-MM`. */
  readonly asOf: string;
  /** True only for a maintained Kubernetes node OS (`state` says why not). */
  readonly maintained: boolean;
  readonly state: StatusState;
  /** A few words for a tag, e.g. "Maintained toolkit; no maintained Kubernetes image". */
  readonly tag: string;
  /** One line: "Actively developed", "No longer maintained"… */
  readonly headline: string;
  readonly facts: readonly string[];
  readonly sources: readonly Source[];
  readonly alternatives: readonly Alternative[];
}

/** A caveat the article attaches to an outcome whenever it is shown. */
export interface Caveat {
  readonly summary: string;
  readonly passageId: PassageId;
}

/** An outcome: what it is, what the article concluded, and its status today. */
export interface Outcome {
  readonly id: OsId;
  readonly name: string;
  /** What it is, in one line (our words). */
  readonly summary: string;
  /** The article's verdict in a few words, and the passage that states it. */
  readonly verdict: { readonly label: string; readonly passageId: PassageId };
  readonly caveats: readonly Caveat[];
  readonly status: StatusToday;
}

const AS_OF = '2026-11';

const TALOS_SOURCE: Source = {
  label: 'siderolabs/talos on GitHub',
  url: 'https://github.com/siderolabs/talos',
};

/** Every outcome, keyed by id. */
export const OUTCOMES = {
  'standard-linux': {
    id: 'standard-linux',
    name: 'Standard Linux distribution',
    summary: 'Kubernetes installed on a general-purpose distribution such as Ubuntu or RHEL.',
    verdict: {
      label: 'What the author kept for production on AWS',
      passageId: 'standard-linux-not-compelling',
    },
    caveats: [],
    status: {
      asOf: AS_OF,
      maintained: true,
      state: 'maintained',
      tag: 'Maintained',
      headline: 'Maintained distributions remain the mainstream choice',
      facts: [
        'Ubuntu LTS and RHEL (with its rebuilds such as Rocky Linux and AlmaLinux) are maintained with published lifecycles.',
        'CentOS Linux itself has reached end of life: CentOS 7 ended on 30 June 2024. Choose a maintained distribution instead.',
      ],
      sources: [
        { label: 'Ubuntu release cycle', url: 'https://ubuntu.com/about/release-cycle' },
        {
          label: 'Red Hat Enterprise Linux life cycle',
          url: 'https://access.redhat.com/support/policy/updates/errata',
        },
        { label: 'CentOS Linux end of life', url: 'https://www.centos.org/centos-linux-eol/' },
      ],
      alternatives: [],
    },
  },
  rancheros: {
    id: 'rancheros',
    name: 'RancherOS',
    summary: 'A tiny Linux from Rancher Labs that runs every system service as a Docker container.',
    verdict: {
      label: 'Probably a no-brainer if you use Rancher',
      passageId: 'rancheros-no-brainer',
    },
    caveats: [
      {
        summary: 'Docker runs as PID 1, which the article already saw as a growing negative.',
        passageId: 'rancheros-docker-pid1',
      },
    ],
    status: {
      asOf: AS_OF,
      maintained: false,
      state: 'unmaintained',
      tag: 'Not maintained',
      headline: 'No longer actively maintained',
      facts: [
        'RancherOS 1.x is no longer actively maintained (project README, October 2021).',
        'The last release is v1.5.8, from February 2021.',
        'RKE1, its way to keep Kubernetes upgraded, reached end of life on 31 July 2025.',
      ],
      sources: [
        { label: 'rancher/os on GitHub', url: 'https://github.com/rancher/os' },
        { label: 'rancher/rke on GitHub', url: 'https://github.com/rancher/rke' },
      ],
      alternatives: [
        {
          name: 'SUSE Elemental with SL Micro',
          traits:
            'Immutable, container-focused OS managed from Rancher: the Rancher ecosystem’s own successor path.',
          source: {
            label: 'rancher/elemental on GitHub',
            url: 'https://github.com/rancher/elemental',
          },
        },
        {
          name: 'Flatcar Container Linux',
          traits: 'Minimal, immutable, auto-updating container host with SSH access.',
          source: { label: 'flatcar/Flatcar on GitHub', url: 'https://github.com/flatcar/Flatcar' },
        },
        {
          name: 'Talos Linux',
          traits:
            'Minimal, immutable Kubernetes OS that keeps Kubernetes upgraded through its API.',
          source: TALOS_SOURCE,
        },
      ],
    },
  },
  k3os: {
    id: 'k3os',
    name: 'k3os',
    summary: 'A minimal OS from Rancher Labs built around k3s, the single-binary Kubernetes.',
    verdict: {
      label: 'For CI runners, Raspberry Pi and edge',
      passageId: 'k3os-ci-edge-conclusion',
    },
    caveats: [
      {
        summary: 'Limited to what k3s, the small single-binary Kubernetes, offers.',
        passageId: 'k3os-scope',
      },
    ],
    status: {
      asOf: AS_OF,
      maintained: false,
      state: 'unmaintained',
      tag: 'Not maintained',
      headline: 'No longer maintained; superseded by Elemental',
      facts: [
        'k3os is no longer maintained and was superseded by Elemental.',
        'Its repository was archived in December 2023.',
      ],
      sources: [{ label: 'rancher/k3os on GitHub', url: 'https://github.com/rancher/k3os' }],
      alternatives: [
        {
          name: 'Kairos',
          traits: 'Immutable edge OS that can ship k3s, built from maintained distributions.',
          source: {
            label: 'kairos-io/kairos on GitHub',
            url: 'https://github.com/kairos-io/kairos',
          },
        },
        {
          name: 'SUSE Elemental with SL Micro',
          traits: 'Rancher’s immutable OS stack for edge nodes, the project that superseded k3os.',
          source: {
            label: 'rancher/elemental on GitHub',
            url: 'https://github.com/rancher/elemental',
          },
        },
        {
          name: 'Talos Linux',
          traits: 'Minimal, API-managed Kubernetes OS that also runs on Raspberry Pi 4B and CM4.',
          source: TALOS_SOURCE,
        },
      ],
    },
  },
  talos: {
    id: 'talos',
    name: 'Talos',
    summary: 'A minimal, immutable Kubernetes OS managed only through a gRPC API, with no SSH.',
    verdict: { label: 'One to watch', passageId: 'talos-watch' },
    caveats: [
      {
        summary: 'Young and under extremely active development when the article was written.',
        passageId: 'talos-new-project',
      },
      {
        summary: 'No operator for upgrading Kubernetes yet, in 2019.',
        passageId: 'talos-upgrade-operator',
      },
    ],
    status: {
      asOf: AS_OF,
      maintained: true,
      state: 'maintained',
      tag: 'Maintained',
      headline: 'Actively developed by Sidero Labs',
      facts: [
        'Talos Linux is actively developed by Sidero Labs: v1.13.9 was released in August 2026, and v1.14 has been out since September 2026.',
        'Still API-managed and immutable, with no shell or SSH.',
        'The article’s 2019 caveats no longer hold: Kubernetes is upgraded with the talosctl upgrade-k8s command (since 2020), and Talos is run in production.',
        'Runs on AWS, other clouds, bare metal and Raspberry Pi 4B / CM4.',
      ],
      sources: [
        TALOS_SOURCE,
        { label: 'Talos documentation', url: 'https://docs.siderolabs.com/' },
      ],
      alternatives: [],
    },
  },
  linuxkit: {
    id: 'linuxkit',
    name: 'LinuxKit',
    summary: 'A toolkit for building your own minimal, immutable Linux images from containers.',
    verdict: { label: 'A cool proof of concept', passageId: 'linuxkit-prefer-distribution' },
    caveats: [
      {
        summary:
          'A cool proof of concept, in the article’s words: it suspects many would prefer a distribution from an actively maintained project.',
        passageId: 'linuxkit-prefer-distribution',
      },
      {
        summary: 'You build and maintain the operating system images yourself.',
        passageId: 'linuxkit-build-own',
      },
      {
        summary: 'The Kubernetes example project baked in Kubernetes 1.10.',
        passageId: 'linuxkit-kubernetes-1-10',
      },
    ],
    status: {
      asOf: AS_OF,
      // Maintained as a toolkit, but there is no maintained Kubernetes node image to run.
      maintained: false,
      state: 'toolkit-only',
      tag: 'Maintained toolkit; no maintained Kubernetes image',
      headline: 'The toolkit is maintained; its Kubernetes example was last changed in 2018',
      facts: [
        'The LinuxKit toolkit is still maintained: v1.8.2 was released in September 2025.',
        'Its Kubernetes example project was last changed on 6 November 2018 and pins Kubernetes 1.10.3.',
      ],
      sources: [
        { label: 'linuxkit/linuxkit on GitHub', url: 'https://github.com/linuxkit/linuxkit' },
        {
          label: 'linuxkit/kubernetes on GitHub',
          url: 'https://github.com/linuxkit/kubernetes',
        },
      ],
      // The toolkit lives on, but its Kubernetes image does not: name maintained ways to bake one.
      alternatives: [
        {
          name: 'Kairos',
          traits: 'Builds your own immutable, Kubernetes-ready OS images from a container image.',
          source: {
            label: 'kairos-io/kairos on GitHub',
            url: 'https://github.com/kairos-io/kairos',
          },
        },
        {
          name: 'Talos Image Factory',
          traits: 'Builds customised Talos images with the system extensions you choose.',
          source: {
            label: 'siderolabs/image-factory on GitHub',
            url: 'https://github.com/siderolabs/image-factory',
          },
        },
      ],
    },
  },
  'container-linux': {
    id: 'container-linux',
    name: 'Container Linux',
    summary: 'CoreOS’s original auto-updating container OS, acquired by Red Hat in 2018.',
    verdict: { label: 'Avoid', passageId: 'container-linux-avoid' },
    caveats: [],
    status: {
      asOf: AS_OF,
      maintained: false,
      state: 'end-of-life',
      tag: 'End of life',
      headline: 'End of life since 26 May 2020',
      facts: [
        'Container Linux reached end of life on 26 May 2020.',
        'Its successors are Fedora CoreOS and Flatcar Container Linux; Flatcar has been a CNCF incubating project since 2024.',
      ],
      sources: [
        {
          label: 'coreos/manifest releases on GitHub',
          url: 'https://github.com/coreos/manifest/releases',
        },
        {
          label: 'Fedora CoreOS FAQ',
          url: 'https://docs.fedoraproject.org/en-US/fedora-coreos/faq/',
        },
        { label: 'flatcar/Flatcar on GitHub', url: 'https://github.com/flatcar/Flatcar' },
      ],
      alternatives: [
        {
          name: 'Flatcar Container Linux',
          traits: 'The community fork of Container Linux: same model, still maintained.',
          source: { label: 'flatcar/Flatcar on GitHub', url: 'https://github.com/flatcar/Flatcar' },
        },
        {
          name: 'Fedora CoreOS',
          traits:
            'The Fedora Project’s official successor to Container Linux: minimal, auto-updating.',
          source: {
            label: 'Fedora CoreOS FAQ',
            url: 'https://docs.fedoraproject.org/en-US/fedora-coreos/faq/',
          },
        },
      ],
    },
  },
} as const satisfies { readonly [K in OsId]: Outcome & { readonly id: K } };

/**
 * Maintained projects for an API-managed, locked-down node on AWS: named in
 * the status panel when that is what the person asked for.
 */
export const LOCKED_DOWN_ON_AWS: readonly Alternative[] = [
  {
    name: 'Bottlerocket',
    traits: 'AWS’s minimal, API-managed container OS with no SSH by default.',
    source: {
      label: 'bottlerocket-os/bottlerocket on GitHub',
      url: 'https://github.com/bottlerocket-os/bottlerocket',
    },
  },
  {
    name: 'Talos Linux',
    traits: 'Minimal, immutable, API-only Kubernetes OS that runs on AWS.',
    source: TALOS_SOURCE,
  },
];
