import { OUTCOMES, type PassageId, type Recommendation } from '../../../rules';

/** Where on the result page each passage is first quoted, as words a later mention can point to. */
export type QuotedAt = ReadonlyMap<PassageId, string>;

/** The place name of a reason for the pick, numbered from 1 as on screen (from index 0). */
export const reasonPlace = (index: number) => `reason ${index + 1}`;
/** The place name of what counts against the pick. */
export const AGAINST_PLACE = 'what counts against it';
/** The place name of a conflict note. */
export const conflictPlace = (heading: string) => `“${heading}”`;
/** The place name of the caveats. */
export const CAVEATS_PLACE = 'the caveats';
/** The place name of one "why not" section. */
export const whyNotPlace = (name: string) => `“Why not ${name}?”`;

/**
 * The page's order of quotation: reasons for the pick, what counts against
 * it, the conflict notes, the caveats, then each other option's reasons
 * against it. A passage is quoted at its first place only (issue 11: nothing
 * quoted twice); later places name where it stands.
 */
export function quotePlan({ ranking, conflicts }: Recommendation): QuotedAt {
  const at = new Map<PassageId, string>();
  const note = (passageId: PassageId, place: string) => {
    if (!at.has(passageId)) at.set(passageId, place);
  };
  const [top, ...others] = ranking;
  if (!top) return at;
  // Reasons are numbered on screen only where they bring a passage of their own.
  for (const reason of top.reasonsFor)
    if (!at.has(reason.passageId)) at.set(reason.passageId, reasonPlace(at.size));
  for (const reason of top.reasonsAgainst) note(reason.passageId, AGAINST_PLACE);
  for (const conflict of conflicts)
    for (const passageId of conflict.passageIds) note(passageId, conflictPlace(conflict.heading));
  for (const caveat of top.caveats) note(caveat.passageId, CAVEATS_PLACE);
  for (const outcome of others)
    for (const reason of outcome.reasonsAgainst)
      note(reason.passageId, whyNotPlace(OUTCOMES[outcome.os].name));
  return at;
}
