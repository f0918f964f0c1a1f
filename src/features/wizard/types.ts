import type { Answers, OptionValue, QuestionId } from '../../../rules';

/** One answer to one question, typed so a value always belongs to its question. */
export type AnswerTo = {
  [Q in QuestionId]: { readonly question: Q; readonly value: OptionValue<Q> };
}[QuestionId];

/**
 * Where a person is in the interview: what the URL and browser history
 * remember. `changing` marks a question opened from "Check your answers",
 * which returns there once every question that applies has an answer.
 */
export type WizardPlace =
  | { readonly view: 'landing' }
  | { readonly view: 'question'; readonly question: QuestionId; readonly changing: boolean }
  | { readonly view: 'review' }
  | { readonly view: 'result' };

/** What the wizard remembers: the answers (the answered path) and the question on screen. */
export interface WizardContext {
  readonly answers: Answers;
  /** The question on screen; `null` outside the question state. */
  readonly current: QuestionId | null;
  readonly changing: boolean;
}

/** Every event the wizard accepts. */
export type WizardEvent =
  | { readonly type: 'wizard.start' }
  | ({ readonly type: 'answer.submit' } & AnswerTo)
  | { readonly type: 'step.back' }
  | { readonly type: 'answer.change'; readonly question: QuestionId }
  | { readonly type: 'review.confirm' }
  | { readonly type: 'wizard.reset' }
  | { readonly type: 'wizard.restore'; readonly answers: Answers; readonly at: WizardPlace };
