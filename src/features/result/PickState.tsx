import type { StatusToday } from '../../../rules';
import { formatMonth } from '../../components/format';

/**
 * The article's pick as it stands today. A pick no longer maintained is said
 * in a warning style, "Warning" in words as well as the icon, so it never
 * reads as good news.
 */
export function PickState({ status }: { status: StatusToday }) {
  const asOf = formatMonth(status.asOf);
  if (status.maintained) {
    return (
      <p className="pick-state">
        <span className="tag tag--good">Maintained</span> {status.headline} (as of {asOf}).
      </p>
    );
  }
  return (
    <p className="pick-state pick-state--warning">
      <span aria-hidden="true" className="pick-state__icon">
        ⚠
      </span>
      <span className="visually-hidden">Warning: </span>
      <strong>{status.headline}</strong> (as of {asOf}). Do not build new nodes on it.
    </p>
  );
}
