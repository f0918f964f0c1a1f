import { assertEvent } from 'xstate';
import { isAsked, isComplete, pruneAnswers } from '../../../rules';
import { answersWith, canShow, questionAfterSubmit, questionBefore } from './steps';
import type { ReturnTo, WizardContext, WizardEvent } from './types';

/** What a guard reads: the wizard's context and the event being handled. */
interface GuardArgs {
  readonly context: WizardContext;
  readonly event: WizardEvent;
}

/**
 * When each of the wizard's transitions applies: questions asked of the
 * rules, never decided here. `setup` in `machine.ts` names them.
 */
export const guards = {
  isCurrentQuestion: ({ context, event }: GuardArgs) => {
    assertEvent(event, 'answer.submit');
    return event.question === context.current;
  },
  leavesQuestionsToAsk: ({ context, event }: GuardArgs) => {
    assertEvent(event, 'answer.submit');
    if (event.question !== context.current) return false;
    return questionAfterSubmit(context, answersWith(context, event)) !== undefined;
  },
  // The last answer of a change made on the result page: back to the result, not to review.
  finishesChangeFromResult: ({ context, event }: GuardArgs) => {
    assertEvent(event, 'answer.submit');
    return (
      event.question === context.current &&
      context.returnTo === 'result' &&
      isComplete(answersWith(context, event))
    );
  },
  returnsTo: ({ context }: GuardArgs, params: { page: Exclude<ReturnTo, null> }) =>
    context.returnTo === params.page && isComplete(context.answers),
  hasQuestionBefore: ({ context }: GuardArgs) =>
    context.current !== null && questionBefore(context.answers, context.current) !== undefined,
  isAsked: ({ context, event }: GuardArgs) => {
    assertEvent(event, 'answer.change');
    return isAsked(event.question, context.answers);
  },
  hasAllAnswers: ({ context }: GuardArgs) => isComplete(context.answers),
  restoresLanding: ({ event }: GuardArgs) => {
    assertEvent(event, 'wizard.restore');
    return event.at.view === 'landing';
  },
  restoresQuestion: ({ event }: GuardArgs) => {
    assertEvent(event, 'wizard.restore');
    return event.at.view === 'question' && canShow(pruneAnswers(event.answers), event.at.question);
  },
  restoresReview: ({ event }: GuardArgs) => {
    assertEvent(event, 'wizard.restore');
    return event.at.view === 'review' && isComplete(pruneAnswers(event.answers));
  },
  restoresAllAnswers: ({ event }: GuardArgs) => {
    assertEvent(event, 'wizard.restore');
    return isComplete(pruneAnswers(event.answers));
  },
};
