import type { OsId } from './outcomes';
import type { PassageId } from './passages';
import { isCi, isProvenProduction, usesRancher } from './predicates';
import type { Answers } from './questions';

// The article's signals that are more than yes or no: which way a conflict
// tips, and what keeps LinuxKit from leading. The yes/no questions they ask
// live in predicates.ts.

/**
 * Which of the article's two Raspberry Pi / edge answers the person's answers
 * tip to (rule 5): RancherOS for existing Rancher use, full Kubernetes or
 * proven-only production ("production ready"); k3os otherwise, where a small
 * single-binary Kubernetes is enough.
 */
export function piEdgeTip(a: Answers): 'rancheros' | 'k3os' {
  return usesRancher(a) || a.kubernetes === 'full' || isProvenProduction(a) ? 'rancheros' : 'k3os';
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

/** An article signal that outweighs building your own images (rule 3). */
interface Outweighing {
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
  if (usesRancher(a))
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
