import type { RankedOutcome } from '../../../rules';
import { ReasonItem } from './ReasonItem';
import { CAVEATS_PLACE, type QuotedAt } from './quotePlan';

/** The caveats the article attaches to the top pick, whenever it is shown. */
export function Caveats({ outcome, quotedAt }: { outcome: RankedOutcome; quotedAt: QuotedAt }) {
  return (
    <ul className="result__reasons">
      {outcome.caveats.map((caveat) => (
        <ReasonItem
          key={caveat.passageId}
          quote={{ passageId: caveat.passageId, here: CAVEATS_PLACE, quotedAt }}
        >
          {caveat.summary}
        </ReasonItem>
      ))}
    </ul>
  );
}
