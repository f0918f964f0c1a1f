import type { FactEntry } from './fact-entry';

/** Facts about the maintained immutable node systems, from ../shared/TODAY.md (2026-11). */
export const IMMUTABLE_FACTS = {
  'talos-api-only': {
    text: 'Talos Linux is managed only through an API (mutual TLS, with talosctl): it has no shell and no SSH.',
    source: 'talosDocs',
  },
  'talos-immutable': {
    text: 'Talos Linux is immutable and updates by whole A/B images, with rollback.',
    source: 'talosDocs',
  },
  'talos-platforms': {
    text: 'Talos Linux runs on bare metal, AWS and Google Cloud (tier 1), on Azure and other clouds, and on VMware and Proxmox, on amd64 and arm64.',
    source: 'talosDocs',
  },
  'talos-raspberry-pi': {
    text: 'The Raspberry Pi 4B and CM4 are in the Talos Linux support matrix.',
    source: 'talosDocs',
  },
  'talos-upgrade-k8s': {
    text: 'Talos Linux ships upstream Kubernetes and upgrades it separately from the OS with talosctl upgrade-k8s (since 2020).',
    source: 'talosDocs',
  },
  'talos-active': {
    text: 'Talos Linux is actively developed (v1.13.9 tagged 2026-08-19, v1.14 released by 2026-09), and production use is now common.',
    source: 'talosRepo',
  },
  'talos-image-factory': {
    text: 'The Talos Image Factory builds your own Talos Linux images: a maintained way to bake custom immutable node images.',
    source: 'imageFactory',
  },
  'talos-bare-metal-upgrades': {
    text: 'Upgrades on some bare-metal boot setups are a known pain point in the Talos issue tracker (2025–2026).',
    source: 'talosUpgradeIssue',
  },
  'flatcar-cncf': {
    text: 'Flatcar Container Linux is a CNCF incubating project since 2024-10-29, licensed Apache-2.0.',
    source: 'cncfProjects',
  },
  'flatcar-lineage': {
    text: 'Flatcar is a fork of CoreOS Container Linux, maintained since 2018: the same lineage.',
    source: 'flatcarSite',
  },
  'flatcar-releases': {
    text: 'Flatcar ships a stable channel (4593.2.5) and an LTS channel (4081.3.10) supported for 18 months; both tagged 2026-08-12.',
    source: 'flatcarScripts',
  },
  'flatcar-platforms': {
    text: 'Flatcar runs on bare metal and is fully supported on Azure, Google Compute Engine, DigitalOcean, Equinix, vSphere, OpenStack and QEMU, and on arm64; AWS EC2 is supported with gaps.',
    source: 'flatcarSite',
  },
  'flatcar-raspberry-pi': {
    text: 'Flatcar runs on a Raspberry Pi only unofficially: there is no official support.',
    source: 'flatcarRepo',
  },
  'flatcar-ssh': {
    text: 'Flatcar nodes are reached with SSH, keys set through Ignition.',
    source: 'flatcarSite',
  },
  'flatcar-updates': {
    text: 'Flatcar has a read-only /usr and no package manager; it updates itself automatically by A/B partitions, with rollback.',
    source: 'flatcarSite',
  },
  'flatcar-kubernetes': {
    text: 'Flatcar includes no Kubernetes: you bring your own (kubeadm as a system extension, Cluster API); k3s and RKE2 also work on it.',
    source: 'flatcarSite',
  },
  'flatcar-sysext': {
    text: 'Flatcar is extended with system extension images (sysexts) rather than packages: a maintained way to bake what you need into its images.',
    source: 'flatcarSite',
  },
  'bottlerocket-platforms': {
    text: 'Bottlerocket runs on AWS (including Amazon EKS) and VMware, on x86_64 and aarch64.',
    source: 'bottlerocketRepo',
  },
  'bottlerocket-no-bare-metal': {
    text: 'Bottlerocket’s bare-metal Kubernetes builds ended after Kubernetes 1.28.',
    source: 'bottlerocketMetalIssue',
  },
  'bottlerocket-access': {
    text: 'Bottlerocket has no SSH and no shell by default: it is managed through an API and an SSM control container; an SSH admin container is opt-in.',
    source: 'bottlerocketRepo',
  },
  'bottlerocket-locked-down': {
    text: 'Bottlerocket’s root filesystem is read-only and checked by dm-verity; it updates by A/B images with automatic rollback, driven by an update operator.',
    source: 'bottlerocketRepo',
  },
  'bottlerocket-variants': {
    text: 'Each Bottlerocket image variant fixes its Kubernetes version (aws-k8s-1.NN): a Kubernetes minor upgrade replaces the nodes.',
    source: 'bottlerocketRepo',
  },
  'bottlerocket-aws': {
    text: 'Bottlerocket is built and maintained by AWS (Apache-2.0 / MIT; v1.64 and later, 2026-07), and Amazon EKS offers it as a node image.',
    source: 'bottlerocketAws',
  },
  'fcos-successor': {
    text: 'Fedora CoreOS, from the Fedora Project, is the official successor of CoreOS Container Linux; its stable stream is 44.x (2026-08).',
    source: 'fcosFaq',
  },
  'fcos-platforms': {
    text: 'Fedora CoreOS runs on about 20 platforms, among them AWS, Azure, Google Cloud, Oracle Cloud, VMware and bare metal, and on aarch64, the Raspberry Pi 4 included.',
    source: 'fcosDocs',
  },
  'fcos-ssh': {
    text: 'Fedora CoreOS nodes are reached with SSH as the core user, keys set through Ignition.',
    source: 'fcosDocs',
  },
  'fcos-updates': {
    text: 'Fedora CoreOS updates atomically with rpm-ostree, with rollback; Zincati applies updates automatically and FleetLock coordinates reboots across a cluster.',
    source: 'fcosDocs',
  },
  'fcos-kubernetes': {
    text: 'Fedora CoreOS includes no Kubernetes: you bring your own.',
    source: 'fcosDocs',
  },
} as const satisfies Record<string, FactEntry>;
