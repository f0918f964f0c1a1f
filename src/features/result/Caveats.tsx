import { OUTCOMES, type RankedOutcome } from '../../../rules';
import { Quote } from '../../components/Quote';

/** The caveats the article attaches to the top pick, whenever it is shown. */
export function Caveats({ outcome }: { outcome: RankedOutcome }) {
  if (outcome.caveats.length === 0) return null;
  return (
    <section className="result__caveats" aria-labelledby="caveats-heading">
      <h2 id="caveats-heading">Caveats</h2>
      <p className="muted section-intro">
        What the article warns about {OUTCOMES[outcome.os].name}.
      </p>
      <ul className="result__reasons">
        {outcome.caveats.map((caveat) => (
          <li key={caveat.passageId}>
            <p className="result__reason">{caveat.summary}</p>
            <Quote passageId={caveat.passageId} />
          </li>
        ))}
      </ul>
    </section>
  );
}
