import { CANDIDATES, type StatusToday, type TodayRecommendation } from '../../../rules';
import { formatMonth } from '../../components/format';

/**
 * The article's pick as it stands today. A pick that is not a maintained
 * Kubernetes node OS is said in a warning style, "Warning" in words as well
 * as the icon, so it never reads as good news, with what to run instead
 * (today's pick, just below, with its date and sources).
 */
export function PickState({ status, today }: { status: StatusToday; today: TodayRecommendation }) {
  if (today.heir.articlePickMaintained) {
    return (
      <p className="pick-state">
        <span className="tag tag--good">Maintained</span> {status.headline} (as of{' '}
        {formatMonth(status.asOf)}).
      </p>
    );
  }
  return (
    <p className="pick-state pick-state--warning">
      <span aria-hidden="true" className="pick-state__icon">
        ⚠
      </span>
      <span className="visually-hidden">Warning: </span>
      <strong>{status.headline}.</strong> Run {CANDIDATES[today.top].name} instead: see below.
    </p>
  );
}
