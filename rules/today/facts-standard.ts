import type { FactEntry } from './fact-entry';

/**
 * Facts about standard distributions and Kubernetes installers, and what
 * became of the article's discontinued picks, from ../shared/TODAY.md (2026-11).
 */
export const STANDARD_FACTS = {
  'standard-everywhere': {
    text: 'Standard distributions (Ubuntu LTS, RHEL and its rebuilds, Debian) run everywhere, the Raspberry Pi included.',
    source: 'ubuntuPi',
  },
  'standard-familiar': {
    text: 'A standard distribution is mutable: you reach it with SSH and the usual tools, and patch it in place (apt, dnf).',
    source: 'ubuntuServer',
  },
  'standard-lts': {
    text: 'Ubuntu 26.04 LTS was released 2026-04-23, with standard support to 2031.',
    source: 'ubuntuCycle',
  },
  'standard-kubernetes': {
    text: 'Any Kubernetes installs on a standard distribution: kubeadm, k3s, RKE2 or Canonical Kubernetes.',
    source: 'kubeadm',
  },
  'k3s-lightweight': {
    text: 'k3s on a standard distribution is the common lightweight path; k3s is a CNCF Sandbox project (v1.37, 2026-09).',
    source: 'k3sRepo',
  },
  'rke2-rancher': {
    text: 'For Rancher users not on Elemental, RKE2 or K3s on a standard distribution is the maintained path; RKE1 reached end of life on 2025-07-31.',
    source: 'rke2Repo',
  },
  'container-linux-eol': {
    text: 'CoreOS Container Linux reached its end of life on 2020-05-26.',
    source: 'fcosFaq',
  },
  'rancheros-unmaintained': {
    text: 'RancherOS 1.x is unmaintained since 2021 (last release v1.5.8, 2021-02).',
    source: 'rancherOsRepo',
  },
  'k3os-archived': {
    text: 'k3os is archived (last push 2023-12-08).',
    source: 'k3osRepo',
  },
  'linuxkit-kubernetes-stale': {
    text: 'The LinuxKit toolkit is maintained (v1.8.2, 2025-09), but its Kubernetes example was last changed 2018-11-06 and pins Kubernetes 1.10.3.',
    source: 'linuxkitKubernetes',
  },
} as const satisfies Record<string, FactEntry>;
