import type { RankedOutcome } from '../../../rules';
import { QuoteOnce } from './QuoteOnce';
import { CAVEATS_PLACE, type QuotedAt } from './quotePlan';

/** The caveats the article attaches to the top pick, whenever it is shown. */
export function Caveats({ outcome, quotedAt }: { outcome: RankedOutcome; quotedAt: QuotedAt }) {
  return (
    <ul className="result__reasons">
      {outcome.caveats.map((caveat) => (
        <li key={caveat.passageId}>
          <p className="result__reason">{caveat.summary}</p>
          <QuoteOnce passageId={caveat.passageId} here={CAVEATS_PLACE} quotedAt={quotedAt} />
        </li>
      ))}
    </ul>
  );
}
