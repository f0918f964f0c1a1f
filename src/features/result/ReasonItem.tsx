import type { ReactNode } from 'react';
import type { PassageId } from '../../../rules';
import { QuoteOnce } from './QuoteOnce';
import type { QuotedAt } from './quotePlan';

/** Where a reason's passage goes: quoted in full at its first place on the page, else pointed to. */
interface QuotePlace {
  readonly passageId: PassageId;
  /** This item's place on the page, as {@link QuotedAt} names it. */
  readonly here: string;
  readonly quotedAt: QuotedAt;
}

/**
 * One reason or caveat in a result list: our words (with any lead-in), then
 * the passage it rests on. Without `quote` the passage was quoted above and
 * the words say where.
 */
export function ReasonItem({ children, quote }: { children: ReactNode; quote?: QuotePlace }) {
  return (
    <li>
      <p className="result__reason">{children}</p>
      {quote && <QuoteOnce {...quote} />}
    </li>
  );
}
