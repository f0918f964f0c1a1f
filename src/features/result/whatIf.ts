import {
  OPTION_VALUES,
  isComplete,
  pruneAnswers,
  recommend,
  recommendToday,
  type Answers,
  type CandidateId,
  type OsId,
  type QuestionId,
} from '../../../rules';

/** The two picks a complete answer set gets: the article's and today's. */
export interface Picks {
  readonly article: OsId;
  readonly today: CandidateId;
}

/** Both picks for a complete answer set. */
export function picksFor(answers: Answers): Picks {
  return { article: recommend(answers).top, today: recommendToday(answers).top };
}

/**
 * What one other value of a question would give: the picks that would differ
 * (`undefined` for one that stays), the same picks, or more questions first.
 */
export type WhatIf =
  | {
      readonly value: string;
      readonly kind: 'changes';
      readonly article: OsId | undefined;
      readonly today: CandidateId | undefined;
    }
  | { readonly value: string; readonly kind: 'same' }
  | { readonly value: string; readonly kind: 'asks-more' };

/**
 * For each other value of `question`, what the picks would become with that
 * one answer changed. Answers the change makes moot are dropped (as the
 * interview drops them); where the change opens a question not yet answered,
 * it says so rather than guess the answer.
 */
export function whatIfs(answers: Answers, question: QuestionId, now: Picks): WhatIf[] {
  return OPTION_VALUES[question]
    .filter((value) => value !== answers[question])
    .map((value): WhatIf => {
      const changed = pruneAnswers({ ...answers, [question]: value });
      if (!isComplete(changed)) return { value, kind: 'asks-more' };
      const picks = picksFor(changed);
      const article = picks.article === now.article ? undefined : picks.article;
      const today = picks.today === now.today ? undefined : picks.today;
      if (!article && !today) return { value, kind: 'same' };
      return { value, kind: 'changes', article, today };
    });
}
