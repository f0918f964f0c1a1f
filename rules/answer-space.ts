import { nextQuestion } from './applicability';
import { QUESTIONS } from './catalogue';
import type { Answers } from './questions';

/**
 * Every complete, valid answer set, in a stable order: each follows the
 * interview's branches, so it holds only the questions that apply.
 */
export function allAnswerSets(): Answers[] {
  const complete: Answers[] = [];
  const grow = (answers: Answers): void => {
    const id = nextQuestion(answers);
    if (!id) {
      complete.push(answers);
      return;
    }
    for (const option of QUESTIONS[id].options) grow({ ...answers, [id]: option.value });
  };
  grow({});
  return complete;
}
