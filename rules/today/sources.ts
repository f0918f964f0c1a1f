/** Where each of today's facts can be checked: a project's repository, issue, site or documentation. */
export interface FactSource {
  readonly title: string;
  readonly url: string;
}

const source = (title: string, url: string): FactSource => ({ title, url });

/** Every source today's facts cite, named once so two facts never spell one source two ways. */
export const SOURCES = {
  talosDocs: source('Talos documentation', 'https://docs.siderolabs.com/'),
  talosRepo: source('siderolabs/talos on GitHub', 'https://github.com/siderolabs/talos'),
  talosUpgradeIssue: source(
    'siderolabs/talos issue #14146',
    'https://github.com/siderolabs/talos/issues/14146',
  ),
  imageFactory: source(
    'siderolabs/image-factory on GitHub',
    'https://github.com/siderolabs/image-factory',
  ),
  flatcarSite: source('Flatcar Container Linux', 'https://www.flatcar.org/'),
  flatcarRepo: source('flatcar/Flatcar on GitHub', 'https://github.com/flatcar/Flatcar'),
  flatcarScripts: source('flatcar/scripts on GitHub', 'https://github.com/flatcar/scripts'),
  cncfProjects: source('CNCF projects', 'https://www.cncf.io/projects/'),
  bottlerocketRepo: source(
    'bottlerocket-os/bottlerocket on GitHub',
    'https://github.com/bottlerocket-os/bottlerocket',
  ),
  bottlerocketMetalIssue: source(
    'bottlerocket-os/bottlerocket issue #3794',
    'https://github.com/bottlerocket-os/bottlerocket/issues/3794',
  ),
  bottlerocketAws: source('Bottlerocket on AWS', 'https://aws.amazon.com/bottlerocket/'),
  fcosDocs: source(
    'Fedora CoreOS documentation',
    'https://docs.fedoraproject.org/en-US/fedora-coreos/',
  ),
  fcosFaq: source('Fedora CoreOS FAQ', 'https://docs.fedoraproject.org/en-US/fedora-coreos/faq/'),
  kairosSite: source('Kairos', 'https://kairos.io/'),
  kairosRepo: source('kairos-io/kairos on GitHub', 'https://github.com/kairos-io/kairos'),
  kairosPiIssue: source(
    'kairos-io/kairos issue #1599',
    'https://github.com/kairos-io/kairos/issues/1599',
  ),
  elementalRepo: source('rancher/elemental on GitHub', 'https://github.com/rancher/elemental'),
  k3osRepo: source('rancher/k3os on GitHub', 'https://github.com/rancher/k3os'),
  rancherOsRepo: source('rancher/os on GitHub', 'https://github.com/rancher/os'),
  rke2Repo: source('rancher/rke2 on GitHub', 'https://github.com/rancher/rke2'),
  k3sRepo: source('k3s-io/k3s on GitHub', 'https://github.com/k3s-io/k3s'),
  ubuntuCycle: source('Ubuntu release cycle', 'https://ubuntu.com/about/release-cycle'),
  ubuntuPi: source('Ubuntu on Raspberry Pi', 'https://ubuntu.com/download/raspberry-pi'),
  ubuntuServer: source('Ubuntu Server documentation', 'https://ubuntu.com/server/docs'),
  kubeadm: source(
    'Installing kubeadm (Kubernetes documentation)',
    'https://kubernetes.io/docs/setup/production-environment/tools/kubeadm/install-kubeadm/',
  ),
  linuxkitKubernetes: source(
    'linuxkit/kubernetes on GitHub',
    'https://github.com/linuxkit/kubernetes',
  ),
} as const satisfies Record<string, FactSource>;
