import type { ConflictNote as Conflict } from '../../../rules';
import { Fold } from './Fold';
import { QuoteOnce } from './QuoteOnce';
import { conflictPlace, type QuotedAt } from './quotePlan';

/**
 * Where the article's signals pull two ways: said in a line, never hidden;
 * the two passages behind it are folded, each quoted once on the page.
 */
export function ConflictNote({ conflict, quotedAt }: { conflict: Conflict; quotedAt: QuotedAt }) {
  const headingId = `conflict-${conflict.id}`;
  return (
    <section className="notice result__conflict" aria-labelledby={headingId}>
      <h2 id={headingId}>{conflict.heading}</h2>
      <p>{conflict.summary}</p>
      <Fold title="The two passages">
        {conflict.passageIds.map((passageId) => (
          <QuoteOnce
            key={passageId}
            passageId={passageId}
            here={conflictPlace(conflict.heading)}
            quotedAt={quotedAt}
          />
        ))}
      </Fold>
    </section>
  );
}
