import type { Source, StatusToday } from '../../rules';

/** The outcome's state today in a few words ("Maintained", "End of life"…), in words as well as colour. */
export function MaintainedTag({ status }: { status: StatusToday }) {
  return <span className={status.maintained ? 'tag tag--good' : 'tag tag--bad'}>{status.tag}</span>;
}

/** The sources of a fact, as links separated by commas. */
export function SourceLinks({ sources }: { sources: readonly Source[] }) {
  return sources.map((source, i) => (
    <span key={source.url}>
      {i > 0 && ', '}
      <a href={source.url}>{source.label}</a>
    </span>
  ));
}
