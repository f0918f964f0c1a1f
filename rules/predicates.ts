import type { Answers } from './questions';

// Every yes/no question asked of the answers, in one place: both lenses'
// reasons, the conflict notes, the applicability rules and the result page
// ask these, so a situation is decided once and named once.

/** True when question `q` was answered with one of `values`. */
export function answered<Q extends keyof Answers>(
  answers: Answers,
  q: Q,
  ...values: readonly NonNullable<Answers[Q]>[]
): boolean {
  const value = answers[q];
  return value !== undefined && values.includes(value);
}

/** A Raspberry Pi or another edge device (rule 5). */
export const isPiOrEdge = (a: Answers) => answered(a, 'platform', 'raspberry-pi', 'edge');

/** A public cloud or the person's own data center: where the article's Talos and rule 6 speak. */
export const isCloudOrDataCenter = (a: Answers) =>
  answered(a, 'platform', 'aws', 'cloud', 'bare-metal');

/** Rancher or RKE already in use: where the article calls RancherOS "probably a no-brainer". */
export const usesRancher = (a: Answers) => a.rancher === 'yes';

/** Production in a cloud or data center without Rancher: the case of rule 6. */
export const isCloudProduction = (a: Answers) =>
  isCloudOrDataCenter(a) && a.workload === 'production' && a.rancher === 'no';

/** Clusters inside CI pipelines or CI runners: the article points to k3os (rule 4). */
export const isCi = (a: Answers) => a.platform === 'ci' || a.workload === 'ci-runners';

/** Production that must run only production-ready, established projects. */
export const isProvenProduction = (a: Answers) =>
  a.workload === 'production' && a.maturity === 'proven';

/**
 * Talos leads (rule 7): in the cloud or on bare metal, without Rancher, a young
 * project accepted, no SSH, and API-only management or security first.
 */
export const talosFits = (a: Answers) =>
  isCloudOrDataCenter(a) &&
  a.rancher === 'no' &&
  a.maturity === 'early' &&
  (a.access === 'api' || (a.access === 'either' && a.priority === 'security'));

/** A locked-down, API-managed node on AWS: the case with its own maintained options today. */
export const wantsLockedDownOnAws = (a: Answers) =>
  a.platform === 'aws' && (a.access === 'api' || a.priority === 'security');
