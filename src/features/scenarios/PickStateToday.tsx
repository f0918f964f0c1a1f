import { OUTCOMES, type OsId } from '../../../rules';
import { formatMonth } from '../../components/format';
import { MaintainedTag } from '../../components/StatusBits';

/**
 * The state today of an article's pick. One that is not a maintained
 * Kubernetes node OS is said in a warning style, "Warning" in words as well
 * as the sign, never in the style of good news.
 */
export function PickStateToday({ os, maintained }: { os: OsId; maintained: boolean }) {
  const { status } = OUTCOMES[os];
  const asOf = <span className="muted">(as of {formatMonth(status.asOf)})</span>;
  if (maintained) {
    return (
      <span className="compare-card__state">
        <MaintainedTag status={status} /> {status.headline} {asOf}
      </span>
    );
  }
  return (
    <span className="compare-card__state compare-card__state--warning">
      <span aria-hidden="true">⚠ </span>
      <span className="visually-hidden">Warning: </span>
      <strong>{status.headline}</strong> {asOf}
    </span>
  );
}
