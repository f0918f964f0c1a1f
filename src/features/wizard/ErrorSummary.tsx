import type { MouseEvent } from 'react';
import { AlertBox } from '../../components/AlertBox';

/** One problem and the id of the field it links to. */
interface FieldProblem {
  readonly fieldId: string;
  readonly message: string;
}

/**
 * The GOV.UK error summary: a focused `role="alert"` box above the form with a
 * link to each field in error. `attempt` changes on every failed submit so
 * focus returns to the summary each time.
 */
export function ErrorSummary({
  problems,
  attempt,
}: {
  problems: readonly FieldProblem[];
  attempt: number;
}) {
  // The links move focus themselves: following `#id` would add a history
  // entry and leave the radio's legend scrolled out of view.
  const focusField = (event: MouseEvent<HTMLAnchorElement>, fieldId: string) => {
    const field = document.getElementById(fieldId);
    if (!field) return;
    event.preventDefault();
    const fieldset = field.closest('fieldset');
    // Not every environment can scroll (jsdom cannot); focusing the radio still works.
    if (fieldset && typeof fieldset.scrollIntoView === 'function') fieldset.scrollIntoView();
    field.focus();
  };

  return (
    <AlertBox
      className="error-summary"
      headingId="error-summary-title"
      heading="There is a problem"
      focusKey={attempt}
    >
      <ul>
        {problems.map((problem) => (
          <li key={problem.fieldId}>
            <a href={`#${problem.fieldId}`} onClick={(event) => focusField(event, problem.fieldId)}>
              {problem.message}
            </a>
          </li>
        ))}
      </ul>
    </AlertBox>
  );
}
