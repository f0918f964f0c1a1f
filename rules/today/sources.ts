/** Where each of today's facts can be checked: a project's repository, issue, site or documentation. */
export interface FactSource {
  readonly title: string;
  readonly url: string;
}

/** Every source today's facts cite, named once so two facts never spell one source two ways. */
export const SOURCES = {
  talosDocs: { title: 'Talos documentation', url: 'https://docs.siderolabs.com/' },
  talosRepo: { title: 'siderolabs/talos on GitHub', url: 'https://github.com/siderolabs/talos' },
  talosUpgradeIssue: {
    title: 'siderolabs/talos issue #14146',
    url: 'https://github.com/siderolabs/talos/issues/14146',
  },
  imageFactory: {
    title: 'siderolabs/image-factory on GitHub',
    url: 'https://github.com/siderolabs/image-factory',
  },
  flatcarSite: { title: 'Flatcar Container Linux', url: 'https://www.flatcar.org/' },
  flatcarRepo: { title: 'flatcar/Flatcar on GitHub', url: 'https://github.com/flatcar/Flatcar' },
  flatcarScripts: { title: 'flatcar/scripts on GitHub', url: 'https://github.com/flatcar/scripts' },
  cncfProjects: { title: 'CNCF projects', url: 'https://www.cncf.io/projects/' },
  bottlerocketRepo: {
    title: 'bottlerocket-os/bottlerocket on GitHub',
    url: 'https://github.com/bottlerocket-os/bottlerocket',
  },
  bottlerocketMetalIssue: {
    title: 'bottlerocket-os/bottlerocket issue #3794',
    url: 'https://github.com/bottlerocket-os/bottlerocket/issues/3794',
  },
  bottlerocketAws: { title: 'Bottlerocket on AWS', url: 'https://aws.amazon.com/bottlerocket/' },
  fcosDocs: {
    title: 'Fedora CoreOS documentation',
    url: 'https://docs.fedoraproject.org/en-US/fedora-coreos/',
  },
  fcosFaq: {
    title: 'Fedora CoreOS FAQ',
    url: 'https://docs.fedoraproject.org/en-US/fedora-coreos/faq/',
  },
  kairosSite: { title: 'Kairos', url: 'https://kairos.io/' },
  kairosRepo: { title: 'kairos-io/kairos on GitHub', url: 'https://github.com/kairos-io/kairos' },
  kairosPiIssue: {
    title: 'kairos-io/kairos issue #1599',
    url: 'https://github.com/kairos-io/kairos/issues/1599',
  },
  elementalRepo: {
    title: 'rancher/elemental on GitHub',
    url: 'https://github.com/rancher/elemental',
  },
  k3osRepo: { title: 'rancher/k3os on GitHub', url: 'https://github.com/rancher/k3os' },
  rancherOsRepo: { title: 'rancher/os on GitHub', url: 'https://github.com/rancher/os' },
  rke2Repo: { title: 'rancher/rke2 on GitHub', url: 'https://github.com/rancher/rke2' },
  k3sRepo: { title: 'k3s-io/k3s on GitHub', url: 'https://github.com/k3s-io/k3s' },
  ubuntuCycle: { title: 'Ubuntu release cycle', url: 'https://ubuntu.com/about/release-cycle' },
  ubuntuPi: { title: 'Ubuntu on Raspberry Pi', url: 'https://ubuntu.com/download/raspberry-pi' },
  ubuntuServer: { title: 'Ubuntu Server documentation', url: 'https://ubuntu.com/server/docs' },
  kubeadm: {
    title: 'Installing kubeadm (Kubernetes documentation)',
    url: 'https://kubernetes.io/docs/setup/production-environment/tools/kubeadm/install-kubeadm/',
  },
  linuxkitKubernetes: {
    title: 'linuxkit/kubernetes on GitHub',
    url: 'https://github.com/linuxkit/kubernetes',
  },
} as const satisfies Record<string, FactSource>;

/** The name of one of today's sources, e.g. `talosDocs`. */
export type SourceKey = keyof typeof SOURCES;
