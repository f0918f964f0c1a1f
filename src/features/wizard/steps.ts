import {
  isAsked,
  nextQuestion,
  questionsInBranch,
  type Answers,
  type QuestionId,
  pruneAnswers,
} from '../../../rules';
import type { AnswerTo, WizardContext } from './types';

/*
 * Where a question sits in the interview. Every answer here comes from
 * `rules/` (`questionsInBranch`, `nextQuestion`, `isAsked`): these helpers only
 * read positions in the branch the rules return, they never decide what applies.
 */

/** The first question of the branch (always `platform`, but asked of the rules). */
export function firstQuestion(answers: Answers): QuestionId {
  const [first] = questionsInBranch(answers);
  if (!first) throw new Error('The rules returned an empty interview');
  return first;
}

/** The question shown after `id` when walking forward: the next one in the branch. */
function questionAfter(answers: Answers, id: QuestionId): QuestionId | undefined {
  const branch = questionsInBranch(answers);
  return branch[branch.indexOf(id) + 1];
}

/** The question shown by Back from `id`, or `undefined` on the first question. */
export function questionBefore(answers: Answers, id: QuestionId): QuestionId | undefined {
  const branch = questionsInBranch(answers);
  const index = branch.indexOf(id);
  return index > 0 ? branch[index - 1] : undefined;
}

/** The last question of the branch: where Back leads from "Check your answers". */
export function lastQuestion(answers: Answers): QuestionId {
  const branch = questionsInBranch(answers);
  const last = branch[branch.length - 1];
  if (!last) throw new Error('The rules returned an empty interview');
  return last;
}

/**
 * True when question `id` can be shown: it applies and every question before
 * it in the branch has an answer (so a restored URL cannot skip a question).
 */
export function canShow(answers: Answers, id: QuestionId): boolean {
  if (!isAsked(id, answers)) return false;
  const next = nextQuestion(answers);
  const branch = questionsInBranch(answers);
  return next === undefined || branch.indexOf(next) >= branch.indexOf(id);
}

/** The answers once `event` is stored, without those that no longer apply. */
export function answersWith(context: WizardContext, event: AnswerTo): Answers {
  return pruneAnswers({ ...context.answers, [event.question]: event.value });
}

/**
 * The question after a submitted answer: the next in the branch when walking
 * forward (so answers kept after Back are shown again), the first unanswered
 * one when changing an answer from "Check your answers" or the result.
 */
export function questionAfterSubmit(
  context: WizardContext,
  answers: Answers,
): QuestionId | undefined {
  if (context.returnTo !== null || context.current === null) return nextQuestion(answers);
  return questionAfter(answers, context.current) ?? nextQuestion(answers);
}
