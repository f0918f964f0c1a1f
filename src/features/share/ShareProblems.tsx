import { AlertBox } from '../../components/AlertBox';
import type { ShareProblem } from './codec';
import './share.css';

/** How many problems are listed before the rest are counted: a hostile link can hold hundreds. */
const MAX_LISTED = 8;

/** Props of {@link ShareProblems}. */
interface ShareProblemsProps {
  readonly problems: readonly ShareProblem[];
}

/**
 * What was wrong with the link that opened the app, as an alert that takes
 * focus when it appears, so it is read before the page it sits on (the
 * GOV.UK error summary's way). Renders nothing when the link was fine.
 * Text from the link is only ever text.
 */
export function ShareProblems({ problems }: ShareProblemsProps) {
  if (problems.length === 0) return null;
  const listed = problems.slice(0, MAX_LISTED);
  const more = problems.length - listed.length;
  return (
    <AlertBox
      className="notice share-problems"
      headingId="share-problems-heading"
      heading={
        problems.length === 1
          ? 'There was a problem with this link'
          : `There were ${problems.length} problems with this link`
      }
    >
      <ul>
        {listed.map((problem, index) => (
          <li key={`${index}-${problem.message}`}>{problem.message}</li>
        ))}
      </ul>
      {more > 0 && (
        <p>
          …and {more} more {more === 1 ? 'problem' : 'problems'} like these.
        </p>
      )}
      <p>
        Check what is shown below. If it is not what you expected, ask whoever sent the link for a
        new one.
      </p>
    </AlertBox>
  );
}
