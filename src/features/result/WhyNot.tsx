import { OUTCOMES, type PassageId, type RankedOutcome } from '../../../rules';
import { ReasonItem } from './ReasonItem';
import type { QuotedAt } from './quotePlan';
import { whyNotPlace } from './quotePlan';
import { standing } from './standing';

/** "Why not X?" for every outcome but the top pick: blocking reasons first, each passage quoted once. */
export function WhyNot({
  ranking,
  quotedAt,
}: {
  ranking: readonly RankedOutcome[];
  quotedAt: QuotedAt;
}) {
  const [top, ...others] = ranking;
  if (!top) return null;
  return others.map((outcome) => (
    <WhyNotOne key={outcome.os} outcome={outcome} top={top} quotedAt={quotedAt} />
  ));
}

function WhyNotOne({
  outcome,
  top,
  quotedAt,
}: {
  outcome: RankedOutcome;
  top: RankedOutcome;
  quotedAt: QuotedAt;
}) {
  const name = OUTCOMES[outcome.os].name;
  const headingId = `why-not-${outcome.os}`;
  // Two reasons against it may rest on one passage: the second points to the first.
  const quoted = new Set<PassageId>();
  const placeOf = (passageId: PassageId) => {
    const again = quoted.has(passageId);
    quoted.add(passageId);
    return again ? `${whyNotPlace(name)}, again` : whyNotPlace(name);
  };
  return (
    <section className="why-not" aria-labelledby={headingId}>
      <h3 id={headingId}>
        Why not {name}?{outcome.blocked && <span className="tag tag--bad">Ruled out</span>}
      </h3>
      {/* The list below gives each reason against it; the sentence only places it. */}
      {outcome.reasonsAgainst.length === 0 || outcome.score === top.score ? (
        <p>{standing(outcome, top)}</p>
      ) : null}
      {outcome.reasonsAgainst.length > 0 && (
        <ul className="result__reasons">
          {outcome.reasonsAgainst.map((reason) => (
            <ReasonItem
              key={reason.id}
              quote={{ passageId: reason.passageId, here: placeOf(reason.passageId), quotedAt }}
            >
              {reason.kind === 'blocking' && <strong>Rules it out: </strong>}
              {reason.voice === 'ours' && 'Our reading: '}
              {reason.summary}
            </ReasonItem>
          ))}
        </ul>
      )}
      {outcome.reasonsFor.length > 0 && (
        <p className="muted">
          What speaks for it: {outcome.reasonsFor.map((reason) => reason.summary).join(' ')}
        </p>
      )}
    </section>
  );
}
