import { BALANCE_REASONS } from './reasons-balance';
import { PLACE_REASONS } from './reasons-places';
import { PRIORITY_REASONS } from './reasons-priority';
import { SIGNAL_REASONS } from './reasons-signals';
import type { ReasonRule } from './reason-types';

export type { Reason, ReasonKind, ReasonRule, RuleNumber } from './reason-types';

/*
 * The app's ordering of the article's signals. The article gives no
 * precedence of its own: it names each signal in its own section, and where
 * two apply we rank them, stronger first. The weights encode this table; the
 * exhaustive sweep in tests/rules checks it over all 840 answer sets, and a
 * conflict note names what pulled the other way.
 *
 * | order | signal (answers)                                  | points | leads to                     |
 * |-------|---------------------------------------------------|--------|------------------------------|
 * | 1     | already on Rancher / RKE                          | 100    | RancherOS (rule 2)           |
 * | 2     | CI pipelines or CI runners                        | 80     | k3os (rule 4)                |
 * | 3     | building your own images, unless proven-only      | 60     | LinuxKit (rule 3)            |
 * |       | production or upgrades first (each -60)           |        |                              |
 * | 4     | young project, no SSH, API-only or security first, | 40     | Talos (rule 7)               |
 * |       | in the cloud or a data center, no Rancher         |        |                              |
 * | 5     | Raspberry Pi or edge: both named (20 each), our   | 20+10  | RancherOS for full           |
 * |       | reading tips it (10)                              |        | Kubernetes or proven-only,   |
 * |       |                                                   |        | otherwise k3os (rule 5)      |
 * | 6     | production in the cloud or a data center: both    | 15+5   | standard Linux; RancherOS    |
 * |       | named (15 each), our reading tips it (5)          |        | when upgrades come first     |
 * | 7     | everything else: rule 9's priorities and the      | 2–6    | the balance decides; ties go |
 * |       | Kubernetes answer                                 |        | to the earlier in OS_IDS     |
 *
 * Each step outweighs whatever the later steps can add to another outcome, so
 * a later answer never silently undoes an earlier signal.
 */

/** Every reason the rules can give, with the answers each applies to. */
export const REASON_RULES: readonly ReasonRule[] = [
  ...SIGNAL_REASONS,
  ...PLACE_REASONS,
  ...BALANCE_REASONS,
  ...PRIORITY_REASONS,
];
