import { nextQuestion, relevance } from './applicability';
import { QUESTIONS } from './catalogue';
import { isOptionValue, isQuestionId, type Answers } from './questions';

/** Thrown when answers are not a valid, complete answer set; the message says what is wrong. */
export class InvalidAnswersError extends Error {
  override name = 'InvalidAnswersError';
}

/**
 * Checks that `input` is a complete answer set: a plain object whose keys are
 * question ids, whose values are catalogue options, that answers every
 * question that applies and none that does not. Returns it typed, or throws
 * an {@link InvalidAnswersError} naming the first problem.
 */
export function assertCompleteAnswers(input: unknown): Answers {
  if (typeof input !== 'object' || input === null || Array.isArray(input)) {
    throw new InvalidAnswersError('Answers must be a plain object keyed by question id.');
  }
  for (const [key, value] of Object.entries(input)) {
    if (!isQuestionId(key)) throw new InvalidAnswersError(`Unknown question "${key}".`);
    if (typeof value !== 'string' || !isOptionValue(key, value)) {
      const allowed = QUESTIONS[key].options.map((o) => o.value).join(', ');
      throw new InvalidAnswersError(
        `"${String(value)}" is not an answer to "${key}"; expected one of: ${allowed}.`,
      );
    }
  }
  const answers = input as Answers;
  for (const key of Object.keys(answers)) {
    if (isQuestionId(key) && relevance(key, answers) === 'skipped') {
      throw new InvalidAnswersError(`"${key}" does not apply to these answers.`);
    }
  }
  const missing = nextQuestion(answers);
  if (missing) throw new InvalidAnswersError(`"${missing}" has no answer.`);
  return answers;
}
