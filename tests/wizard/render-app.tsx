import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { QUESTIONS, type QuestionId } from '../../rules';
import { App } from '../../src/app/App';
import { questionCode, resultCode } from '../../src/app/pageCode';

// The pages' code, loaded on demand in the browser, is here before a test renders the app, as
// after a first visit: React's `use` then renders a page at once. Loading it is the end-to-end
// tests' concern.
await Promise.all([questionCode(), resultCode()]);

/** Renders the whole app at the current URL and returns a user to drive it. */
export function openApp() {
  const user = userEvent.setup();
  render(<App />);
  return user;
}

/** The page heading. */
export const heading = () => screen.getByRole('heading', { level: 1 });

/**
 * The page heading once the whole page is there: a question's and the result's
 * code load on demand, and the result shows its first screen before the rest,
 * so a first showing waits a moment.
 */
export async function findHeading() {
  const found = await screen.findByRole('heading', { level: 1 });
  await waitFor(() => expect(screen.queryByRole('article', { busy: true })).toBeNull());
  return found;
}

/** Picks the option labelled `label` of the question on screen and presses Continue. */
export async function answer(user: ReturnType<typeof userEvent.setup>, label: string) {
  await user.click(screen.getByRole('radio', { name: label }));
  await user.click(screen.getByRole('button', { name: 'Continue' }));
}

/** Answers question `id` with `value`, choosing the option by its visible label. */
export async function answerWith(
  user: ReturnType<typeof userEvent.setup>,
  id: QuestionId,
  value: string,
) {
  const option = QUESTIONS[id].options.find((o) => o.value === value);
  if (!option) throw new Error(`${value} is not an option of ${id}`);
  expect(await findHeading()).toHaveTextContent(QUESTIONS[id].prompt);
  await answer(user, option.label);
}

/** The "Change" button on "Check your answers" for question `id`, found by its full name. */
export const changeButton = (id: QuestionId) =>
  screen.getByRole('button', { name: `Change ${QUESTIONS[id].change}` });

/** The progress line each question shows, pinned: it names the part, never a count of questions. */
export const EXPECTED_PROGRESS: Record<QuestionId, string> = {
  platform: 'Part 1 of 3: Your nodes',
  workload: 'Part 1 of 3: Your nodes',
  rancher: 'Part 2 of 3: Your setup',
  kubernetes: 'Part 2 of 3: Your setup',
  maturity: 'Part 2 of 3: Your setup',
  access: 'Part 2 of 3: Your setup',
  priority: 'Part 3 of 3: Your priorities',
  image: 'Part 3 of 3: Your priorities',
};

/** The rows of the "Check your answers" list as [question, answer] pairs. */
export function reviewRows(): string[][] {
  return screen
    .getAllByRole('term')
    .map((term) => [term.textContent ?? '', term.nextElementSibling?.textContent ?? '']);
}
