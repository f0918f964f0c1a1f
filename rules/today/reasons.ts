import type { Answers } from '../questions';
import { toReason, type ReasonGroup, type TodayReason, type TodayReasonRule } from './reason-types';
import { BLOCKING_REASONS } from './reasons-blocking';
import { CLOUD_REASONS } from './reasons-cloud';
import { FIT_REASONS } from './reasons-fit';
import { NEED_REASONS } from './reasons-needs';
import { PLACE_REASONS } from './reasons-place';
import { PRIORITY_REASONS } from './reasons-priority';

/*
 * The weights are OUR ordering of dated facts (../shared/TODAY.md), not the
 * article's. Blocking reasons (weight 0) rule a candidate out where a fact says
 * it cannot serve the answers. Then, strongest first:
 *   30 to 40     an answer one system is made for: clusters inside CI (k3s on
 *                the runner's own distribution, 40), Rancher in use
 *                (Elemental, 35), API-only nodes (Talos, 30);
 *   -25 to -30   a system far from its stated ground, short of ruling it
 *                out: Elemental in a cloud or on a Pi, Bottlerocket in a data
 *                center (VMware only) or where SSH is wanted;
 *   20 to 25     Rancher's standard-distribution path; Bottlerocket on AWS or
 *                for API-only nodes;
 *   5 to 15      where the nodes run, SSH or API, an established project (a
 *                Sandbox one: -15);
 *   3 to 15      what matters most, how much Kubernetes, and building your own
 *                images: they order the systems that fit and decide close calls.
 * Ties go to the order of CANDIDATE_IDS. tests/rules/today/sweep.test.ts prints
 * the resulting picks over every answer set.
 */

const TABLES: readonly (readonly ReasonGroup[])[] = [
  BLOCKING_REASONS,
  PLACE_REASONS,
  CLOUD_REASONS,
  NEED_REASONS,
  PRIORITY_REASONS,
  FIT_REASONS,
];

/** The reasons that apply to `answers`, in table order. */
export function reasonsFor(answers: Answers): TodayReason[] {
  return TABLES.flatMap((table) =>
    table.flatMap((group) => (group.when(answers) ? group.rows.map(toReason) : [])),
  );
}

/** Every reason today's pick can give, with the answers each applies to. */
export function todayReasonTable(): TodayReasonRule[] {
  return TABLES.flatMap((table) =>
    table.flatMap((group) => group.rows.map((row) => ({ ...toReason(row), when: group.when }))),
  );
}
