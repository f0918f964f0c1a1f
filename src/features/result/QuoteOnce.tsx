import type { PassageId } from '../../../rules';
import { ArticleQuote } from './ArticleQuote';
import type { QuotedAt } from './quotePlan';

/** The passage quoted in full where `here` is its first place on the page, else a pointer to it. */
export function QuoteOnce({
  passageId,
  here,
  quotedAt,
}: {
  passageId: PassageId;
  here: string;
  quotedAt: QuotedAt;
}) {
  const first = quotedAt.get(passageId);
  if (first === undefined || first === here) return <ArticleQuote passageId={passageId} />;
  return <p className="muted quoted-above">Quoted above, in {first}.</p>;
}
