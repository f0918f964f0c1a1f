import { OUTCOMES, type Alternative, type RankedOutcome } from '../../../rules';
import { formatMonth } from '../../components/format';
import { MaintainedTag, SourceLinks } from '../../components/StatusBits';

/** One outcome's status today: headline, facts, date, sources, and maintained alternatives where it has them. */
export function TodayEntry({
  outcome,
  label,
  isTop,
}: {
  outcome: RankedOutcome;
  label: string;
  isTop: boolean;
}) {
  const { status } = OUTCOMES[outcome.os];
  // On paper, the other options keep only their headline: the full facts are on screen and in the Markdown.
  const details = isTop ? undefined : 'today__details';
  return (
    <div className={isTop ? 'today__entry' : 'today__entry today__entry--other'}>
      <h3>{label}</h3>
      <p>
        <MaintainedTag status={status} /> <strong>{status.headline}.</strong>
      </p>
      <ul className={details}>
        {status.facts.map((fact) => (
          <li key={fact}>{fact}</li>
        ))}
      </ul>
      <p className={isTop ? 'muted' : 'muted today__details'}>
        As of {formatMonth(status.asOf)}. {status.sources.length === 1 ? 'Source' : 'Sources'}:{' '}
        <SourceLinks sources={status.sources} />
      </p>
      {status.alternatives.length > 0 && (
        <Alternatives
          className={details}
          intro="Maintained alternatives with the same traits:"
          alternatives={status.alternatives}
        />
      )}
    </div>
  );
}

/** Maintained projects to consider instead, each with its source. */
export function Alternatives({
  intro,
  alternatives,
  className,
}: {
  intro: string;
  alternatives: readonly Alternative[];
  className?: string | undefined;
}) {
  return (
    <div className={className}>
      <p>{intro}</p>
      <ul>
        {alternatives.map((alternative) => (
          <li key={alternative.name}>
            <strong>{alternative.name}</strong>: {alternative.traits} (source:{' '}
            <a href={alternative.source.url}>{alternative.source.label}</a>)
          </li>
        ))}
      </ul>
    </div>
  );
}
