import {
  OPTION_VALUES,
  isComplete,
  pruneAnswers,
  recommend,
  type Answers,
  type OsId,
  type QuestionId,
} from '../../../rules';

/** The picks a complete answer set gets. */
export interface Picks {
  readonly article: OsId;
}

/** The picks for a complete answer set. */
export function picksFor(answers: Answers): Picks {
  return { article: recommend(answers).top };
}

/** What one other value of a question would give: other picks, the same picks, or more questions. */
export type WhatIf =
  | { readonly value: string; readonly kind: 'changes'; readonly article: OsId | undefined }
  | { readonly value: string; readonly kind: 'same' }
  | { readonly value: string; readonly kind: 'asks-more' };

/**
 * For each other value of `question`, what the picks would become with that
 * one answer changed. Answers the change makes moot are dropped (as the
 * interview drops them); where the change opens a question not yet answered,
 * the result says so rather than guess the answer.
 */
export function whatIfs(answers: Answers, question: QuestionId, now: Picks): WhatIf[] {
  return OPTION_VALUES[question]
    .filter((value) => value !== answers[question])
    .map((value): WhatIf => {
      const changed = pruneAnswers({ ...answers, [question]: value });
      if (!isComplete(changed)) return { value, kind: 'asks-more' };
      const picks = picksFor(changed);
      if (picks.article === now.article) return { value, kind: 'same' };
      return { value, kind: 'changes', article: picks.article };
    });
}
