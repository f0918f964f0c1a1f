import type { ConflictNote as Conflict } from '../../../rules';
import { Fold } from './Fold';
import { QuoteOnce } from './QuoteOnce';
import { conflictPlace, type QuotedAt } from './quotePlan';

/**
 * Where the article's signals pull two ways: each said in a paragraph, never
 * hidden (its summary says which two and which way the answers tip it); the
 * passages behind them are folded, each quoted once on the page.
 */
export function ConflictNotes({
  conflicts,
  quotedAt,
}: {
  conflicts: readonly Conflict[];
  quotedAt: QuotedAt;
}) {
  if (conflicts.length === 0) return null;
  return (
    <section className="notice result__conflict" aria-labelledby="conflicts-heading">
      <h2 id="conflicts-heading">Where the article pulls two ways</h2>
      {conflicts.map((conflict) => (
        <section key={conflict.id} aria-label={conflict.heading}>
          <p>{conflict.summary}</p>
        </section>
      ))}
      <Fold title={conflicts.length === 1 ? 'The two passages' : 'The passages'}>
        {conflicts.map((conflict) =>
          conflict.passageIds.map((passageId) => (
            <QuoteOnce
              key={`${conflict.id}-${passageId}`}
              passageId={passageId}
              here={conflictPlace(conflict.heading)}
              quotedAt={quotedAt}
            />
          )),
        )}
      </Fold>
    </section>
  );
}
