import type { PassageId } from '../../../rules';

/**
 * For each reason in a numbered list, the number (from 1) of an earlier
 * reason that quotes the same passage, or `undefined` where this is the
 * passage's first quotation: each passage is quoted once, the rest refer to it.
 */
export function sameQuoteAs(reasons: readonly { passageId: PassageId }[]): (number | undefined)[] {
  const first = new Map<PassageId, number>();
  return reasons.map(({ passageId }, index) => {
    const earlier = first.get(passageId);
    if (earlier === undefined) first.set(passageId, index + 1);
    return earlier;
  });
}
