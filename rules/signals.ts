import type { OsId } from './outcomes';
import type { PassageId } from './passages';
import type { Answers } from './questions';

// The article's signals, read from the answers. Reasons, conflict notes and
// tests all ask these, so each situation is decided in one place.

/** A Raspberry Pi or another edge device (rule 5). */
export const isPiOrEdge = (a: Answers) => a.platform === 'raspberry-pi' || a.platform === 'edge';

/** A public cloud or the person's own data center: where the article's Talos and rule 6 speak. */
export const isCloudOrDataCenter = (a: Answers) =>
  a.platform === 'aws' || a.platform === 'cloud' || a.platform === 'bare-metal';

/** Production in a cloud or data center without Rancher: the case of rule 6. */
export const isCloudProduction = (a: Answers) =>
  isCloudOrDataCenter(a) && a.workload === 'production' && a.rancher === 'no';

/** Clusters inside CI pipelines or CI runners: the article points to k3os (rule 4). */
export const isCi = (a: Answers) => a.platform === 'ci' || a.workload === 'ci-runners';

/** Production that must run only production-ready, established projects. */
export const isProvenProduction = (a: Answers) =>
  a.workload === 'production' && a.maturity === 'proven';

/**
 * Which of the article's two Raspberry Pi / edge answers the person's answers
 * tip to (rule 5): RancherOS for existing Rancher use, full Kubernetes or
 * proven-only production ("production ready"); k3os otherwise, where a small
 * single-binary Kubernetes is enough.
 */
export function piEdgeTip(a: Answers): 'rancheros' | 'k3os' {
  return a.rancher === 'yes' || a.kubernetes === 'full' || isProvenProduction(a)
    ? 'rancheros'
    : 'k3os';
}

/**
 * Which of the article's two answers for production in the cloud the answers
 * tip to (rule 6): RancherOS when upgrades come first (the k3os section's
 * reason for it is "a full version of Kubernetes that's easy to upgrade"),
 * otherwise the standard distribution of the article's conclusion.
 */
export function cloudProductionTip(a: Answers): 'rancheros' | 'standard-linux' {
  return a.priority === 'upgrades' ? 'rancheros' : 'standard-linux';
}

/**
 * Talos leads (rule 7): in the cloud or on bare metal, without Rancher, a young
 * project accepted, no SSH, and API-only management or security first.
 */
export const talosFits = (a: Answers) =>
  isCloudOrDataCenter(a) &&
  a.rancher === 'no' &&
  a.maturity === 'early' &&
  (a.access === 'api' || (a.access === 'either' && a.priority === 'security'));

/** An article signal that outweighs building your own images (rule 3). */
export interface Outweighing {
  /** Our words: what pulled away from LinuxKit. */
  readonly because: string;
  /** The passage the signal rests on. */
  readonly passageId: PassageId;
  /** The outcome the signal points to, when it names one. */
  readonly pointsTo: OsId | undefined;
}

/**
 * The first article signal, in the app's order, that keeps LinuxKit from
 * leading for someone building their own images, or undefined when none does.
 */
export function linuxKitOutweighedBy(a: Answers): Outweighing | undefined {
  if (a.rancher === 'yes')
    return {
      because:
        'you already use Rancher, and there the article calls RancherOS probably a no-brainer',
      passageId: 'rancheros-no-brainer',
      pointsTo: 'rancheros',
    };
  if (isCi(a))
    return {
      because: 'for CI pipelines and CI runners the article points to k3os',
      passageId: 'k3os-scope',
      pointsTo: 'k3os',
    };
  if (isProvenProduction(a))
    return {
      because:
        'you want only production-ready projects, and the article calls LinuxKit a cool proof of concept',
      passageId: 'linuxkit-prefer-distribution',
      pointsTo: undefined,
    };
  if (a.priority === 'upgrades')
    return {
      because:
        'keeping Kubernetes upgraded comes first for you, and the article’s LinuxKit example baked in Kubernetes 1.10',
      passageId: 'linuxkit-kubernetes-1-10',
      pointsTo: undefined,
    };
  return undefined;
}
