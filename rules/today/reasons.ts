import type { Answers } from '../questions';
import { toReason, type ReasonGroup, type TodayReason, type TodayReasonRule } from './reason-types';
import { BLOCKING_REASONS } from './reasons-blocking';
import { FIT_REASONS } from './reasons-fit';
import { NEED_REASONS } from './reasons-needs';
import { PLACE_REASONS } from './reasons-place';
import { PRIORITY_REASONS } from './reasons-priority';

/*
 * The weights are OUR ordering of dated facts (../shared/TODAY.md), not the
 * article's. Blocking reasons (weight 0) rule a candidate out where a fact says
 * it cannot serve the answers. Then, strongest first:
 *   30–35  an answer one system is made for: API-only nodes (Talos), Rancher
 *          already in use (Elemental), clusters inside CI (k3s on the runner's
 *          own distribution);
 *   15–25  where the nodes run: the system built for that place, or one that
 *          fits there only in part (Bottlerocket in a data center: VMware only);
 *   10–20  the other answers a system is plainly for or against (API-only or
 *          SSH, Rancher's standard-distribution path, an established project);
 *   3–15   what matters most, how much Kubernetes, and building your own
 *          images: they order the systems that fit and decide close calls.
 * Ties go to the order of CANDIDATE_IDS. tests/rules/today-sweep.test.ts prints
 * the resulting picks over every answer set.
 */

const TABLES: readonly (readonly ReasonGroup[])[] = [
  BLOCKING_REASONS,
  PLACE_REASONS,
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
