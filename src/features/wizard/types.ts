import type { Answers, OptionValue, QuestionId } from '../../../rules';

/** One answer to one question, typed so a value always belongs to its question. */
export type AnswerTo = {
  [Q in QuestionId]: { readonly question: Q; readonly value: OptionValue<Q> };
}[QuestionId];

/**
 * The page a question opened by "Change" returns to, on Back or once every
 * question that applies has an answer; `null` for a question asked in turn.
 */
export type ReturnTo = 'review' | 'result' | null;

/** Where a person is in the interview: what the URL and browser history remember. */
export type WizardPlace =
  | { readonly view: 'landing' }
  | { readonly view: 'question'; readonly question: QuestionId; readonly returnTo: ReturnTo }
  | { readonly view: 'review' }
  | { readonly view: 'result' };

/** What the wizard remembers: the answers (the answered path) and the question on screen. */
export interface WizardContext {
  readonly answers: Answers;
  /** The question on screen; `null` outside the question state. */
  readonly current: QuestionId | null;
  readonly returnTo: ReturnTo;
  /**
   * The question whose Change page was just left for the page it returns to,
   * so that page can put focus (and the scroll) back on its Change button;
   * `null` otherwise.
   */
  readonly changed: QuestionId | null;
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
