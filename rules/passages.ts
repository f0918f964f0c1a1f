/**
 * Short verbatim passages from the article every reason rests on. Each `text`
 * is a single string literal so `../shared/tools/verify-passages.mjs` can check
 * it word for word against the source.
 */

/** The article all passages are quoted from. */
export const ARTICLE = {
  title: 'Kubernetes Operating Systems',
  publisher: 'kubedex',
  year: 2019,
  url: 'https://kubedex.com/kubernetes-operating-systems/',
} as const;

/** A quoted passage: an id to cite it by and the article's exact words. */
export interface Passage {
  readonly id: string;
  readonly text: string;
}

/** Every passage, keyed by id. */
export const PASSAGES = {
  'container-linux-avoid': {
    id: 'container-linux-avoid',
    text: 'Given there’s no clear direction from Redhat on any of this my suggestion is to simply avoid Container Linux altogether.',
  },
  'container-linux-tectonic': {
    id: 'container-linux-tectonic',
    text: 'You can still use Tectonic until August 2019 when it goes EOL but it deploys an ancient version of Kubernetes (1.9 at the time of writing when 1.13 is currently stable).',
  },
  'container-linux-direction': {
    id: 'container-linux-direction',
    text: 'It’s not very clear right now exactly how you should approach running Kubernetes on Container Linux in production.',
  },
  'rancheros-no-brainer': {
    id: 'rancheros-no-brainer',
    text: 'If you’re using Rancher then this is probably a no-brainer. RancherOS is production ready and includes a way to keep Kubernetes upgraded to a modern version using RKE.',
  },
  'rancheros-support': {
    id: 'rancheros-support',
    text: 'All of this is free and open source and there’s paid support if you want it.',
  },
  'rancheros-docker-pid1': {
    id: 'rancheros-docker-pid1',
    text: 'Using Docker as PID1 has slowly turned to becoming a bit of a negative as the Kubernetes CRI landscape has evolved.',
  },
  'rancheros-cloud-full-kubernetes': {
    id: 'rancheros-cloud-full-kubernetes',
    text: 'In terms of running my production applications in the cloud I’d go with RancherOS instead as that includes a full version of Kubernetes that’s easy to upgrade.',
  },
  'rancheros-pi-edge-rke': {
    id: 'rancheros-pi-edge-rke',
    text: 'I’d recommend RancherOS if you want to run Kubernetes on your Raspberry Pi or edge devices, or if you’re already using RKE.',
  },
  'talos-grpc': {
    id: 'talos-grpc',
    text: 'In the case of Talos you don’t even log into the OS any more as everything is managed over a GRPC API.',
  },
  'talos-new-project': {
    id: 'talos-new-project',
    text: 'Their ideas around managing nodes via a GRPC API are very interesting. It’s a new project that is under extremely active development.',
  },
  'talos-production-wish': {
    id: 'talos-production-wish',
    text: 'I’d personally like to see this project evolve to something that could be run in production on the major cloud platforms and bare metal hosts.',
  },
  'talos-upgrade-operator': {
    id: 'talos-upgrade-operator',
    text: 'The team is currently working on a way to upgrade the base operating system and it would be good if Talos included an Operator that supported upgrading Kubernetes packages.',
  },
  'talos-security': {
    id: 'talos-security',
    text: 'A strong focus on security and the fact that Talos is not tied to any particular ecosystem makes it a prime contender for becoming a very popular Kubernetes specific OS in the future.',
  },
  'talos-watch': {
    id: 'talos-watch',
    text: 'Talos is a project I’ll keep my eye on for having the potential to displace Centos / RHEL / Ubuntu for running my production Kubernetes workloads in the cloud.',
  },
  'k3os-scope': {
    id: 'k3os-scope',
    text: 'k3os is limited by the scope of k3s itself which is focussed on being a small single binary Kubernetes for running on edge devices or inside CI pipelines.',
  },
  'k3os-gitlab-runner': {
    id: 'k3os-gitlab-runner',
    text: 'I personally want to try using this as a private Gitlab runner using the Gitlab Helm chart.',
  },
  'k3os-raspberry-pi': {
    id: 'k3os-raspberry-pi',
    text: 'Similarly, if I wanted to install Kubernetes on a Raspberry Pi or edge device this is the option I’d go with.',
  },
  'k3os-ci-edge-conclusion': {
    id: 'k3os-ci-edge-conclusion',
    text: 'Consider looking at k3os for private Gitlab CI runners and any other edge type stuff you may be playing with.',
  },
  'linuxkit-custom': {
    id: 'linuxkit-custom',
    text: 'LinuxKit lets you build operating system images with any customisations you want.',
  },
  'linuxkit-kubernetes-1-10': {
    id: 'linuxkit-kubernetes-1-10',
    text: 'There’s a Kubernetes specific project that I’ve referenced in the table above that demonstrates how to create an image with Kubernetes 1.10 baked inside.',
  },
  'linuxkit-prefer-distribution': {
    id: 'linuxkit-prefer-distribution',
    text: 'It’s a cool proof of concept and I’m sure there are valid reasons why you’d want to bake immutable images but I suspect many would prefer the convenience of using a distribution from an actively maintained project.',
  },
  'linuxkit-build-own': {
    id: 'linuxkit-build-own',
    text: 'I’m not convinced many people want to actually build their own operating system although I may be wrong.',
  },
  'standard-linux-not-compelling': {
    id: 'standard-linux-not-compelling',
    text: 'Right now none of these projects are compelling enough for me to switch out the standard Linux operating system I’m using on my Kubernetes clusters on AWS at work.',
  },
  'standard-linux-yum-apt': {
    id: 'standard-linux-yum-apt',
    text: 'It does mean however that we no longer need to know about Yum and Apt. Instead we learn how to package and manage applications on Kubernetes instead.',
  },
  'immutable-os': {
    id: 'immutable-os',
    text: 'For those of us who have fully drank the Kubernetes kool-aid it’s certainly an attractive proposition. A shift towards an immutable operating system with a read-only root filesystem that boots our container platform and lets us manage our applications and dependencies via a single API.',
  },
} as const satisfies Record<string, Passage>;

/** The id of a passage, e.g. `talos-grpc`. */
export type PassageId = keyof typeof PASSAGES;
