import { assertEvent, assign, setup } from 'xstate';
import { isAsked, isComplete, nextQuestion, pruneAnswers, type Answers } from '../../../rules';
import type { ReturnTo, WizardContext, WizardEvent } from './types';
import {
  answersWith,
  canShow,
  firstQuestion,
  lastQuestion,
  questionAfterSubmit,
  questionBefore,
} from './steps';

function restoredAnswers(event: WizardEvent): Answers {
  assertEvent(event, 'wizard.restore');
  return pruneAnswers(event.answers);
}

/** The interview: landing → one question at a time → "Check your answers" → result; "Start over" → the first question. */
export const wizardMachine = setup({
  types: {
    context: {} as WizardContext,
    events: {} as WizardEvent,
  },
  guards: {
    isCurrentQuestion: ({ context, event }) => {
      assertEvent(event, 'answer.submit');
      return event.question === context.current;
    },
    leavesQuestionsToAsk: ({ context, event }) => {
      assertEvent(event, 'answer.submit');
      if (event.question !== context.current) return false;
      return questionAfterSubmit(context, answersWith(context, event)) !== undefined;
    },
    // The last answer of a change made on the result page: back to the result, not to review.
    finishesChangeFromResult: ({ context, event }) => {
      assertEvent(event, 'answer.submit');
      return (
        event.question === context.current &&
        context.returnTo === 'result' &&
        isComplete(answersWith(context, event))
      );
    },
    returnsTo: ({ context }, params: { page: Exclude<ReturnTo, null> }) =>
      context.returnTo === params.page && isComplete(context.answers),
    hasQuestionBefore: ({ context }) =>
      context.current !== null && questionBefore(context.answers, context.current) !== undefined,
    isAsked: ({ context, event }) => {
      assertEvent(event, 'answer.change');
      return isAsked(event.question, context.answers);
    },
    hasAllAnswers: ({ context }) => isComplete(context.answers),
    restoresLanding: ({ event }) => {
      assertEvent(event, 'wizard.restore');
      return event.at.view === 'landing';
    },
    restoresQuestion: ({ event }) => {
      assertEvent(event, 'wizard.restore');
      return event.at.view === 'question' && canShow(restoredAnswers(event), event.at.question);
    },
    restoresReview: ({ event }) => {
      assertEvent(event, 'wizard.restore');
      return event.at.view === 'review' && isComplete(restoredAnswers(event));
    },
    restoresAllAnswers: ({ event }) => isComplete(restoredAnswers(event)),
  },
  actions: {
    storeAnswer: assign({
      answers: ({ context, event }) => {
        assertEvent(event, 'answer.submit');
        return answersWith(context, event);
      },
    }),
    askNextQuestion: assign({
      // Runs after storeAnswer, so `context.answers` already holds the new answer.
      current: ({ context }) => questionAfterSubmit(context, context.answers) ?? null,
    }),
    askFirstQuestion: assign({
      current: ({ context }) => firstQuestion(context.answers),
      returnTo: null,
      changed: null,
    }),
    askPreviousQuestion: assign({
      current: ({ context }) =>
        context.current === null
          ? null
          : (questionBefore(context.answers, context.current) ?? null),
    }),
    askLastQuestion: assign({
      current: ({ context }) => lastQuestion(context.answers),
      returnTo: null,
      changed: null,
    }),
    askToChange: assign(({ event }, params: { from: Exclude<ReturnTo, null> }) => {
      assertEvent(event, 'answer.change');
      return { current: event.question, returnTo: params.from, changed: null };
    }),
    // The result opened from review starts at its heading, whatever was changed before.
    forgetChange: assign({ changed: null }),
    leaveQuestions: assign(({ context }) => ({
      current: null,
      returnTo: null,
      // Leaving a Change page: the page returned to puts focus back on that question's Change button.
      changed: context.returnTo === null ? null : context.current,
    })),
    forgetAnswers: assign({ answers: {} }),
    restoreAnswers: assign({
      answers: ({ event }) => restoredAnswers(event),
      current: null,
      returnTo: null,
      changed: null,
    }),
    restoreQuestion: assign(({ event }) => {
      assertEvent(event, 'wizard.restore');
      return event.at.view === 'question'
        ? { current: event.at.question, returnTo: event.at.returnTo }
        : {};
    }),
    askFirstUnanswered: assign({
      current: ({ context }) => nextQuestion(context.answers) ?? null,
    }),
  },
}).createMachine({
  id: 'wizard',
  initial: 'landing',
  context: { answers: {}, current: null, returnTo: null, changed: null },
  on: {
    // "Start over" means answering again, so it opens the first question, not the landing page.
    'wizard.reset': { target: '.question', actions: ['forgetAnswers', 'askFirstQuestion'] },
    'wizard.restore': [
      { guard: 'restoresLanding', target: '.landing', actions: 'restoreAnswers' },
      {
        guard: 'restoresQuestion',
        target: '.question',
        actions: ['restoreAnswers', 'restoreQuestion'],
      },
      { guard: 'restoresReview', target: '.review', actions: 'restoreAnswers' },
      { guard: 'restoresAllAnswers', target: '.result', actions: 'restoreAnswers' },
      { target: '.question', actions: ['restoreAnswers', 'askFirstUnanswered'] },
    ],
  },
  states: {
    landing: {
      on: { 'wizard.start': { target: 'question', actions: 'askFirstQuestion' } },
    },
    question: {
      on: {
        'answer.submit': [
          {
            guard: 'leavesQuestionsToAsk',
            target: 'question',
            actions: ['storeAnswer', 'askNextQuestion'],
          },
          {
            guard: 'finishesChangeFromResult',
            target: 'result',
            actions: ['storeAnswer', 'leaveQuestions'],
          },
          {
            guard: 'isCurrentQuestion',
            target: 'review',
            actions: ['storeAnswer', 'leaveQuestions'],
          },
        ],
        'step.back': [
          {
            guard: { type: 'returnsTo', params: { page: 'review' } },
            target: 'review',
            actions: 'leaveQuestions',
          },
          {
            guard: { type: 'returnsTo', params: { page: 'result' } },
            target: 'result',
            actions: 'leaveQuestions',
          },
          { guard: 'hasQuestionBefore', target: 'question', actions: 'askPreviousQuestion' },
          { target: 'landing', actions: 'leaveQuestions' },
        ],
      },
    },
    review: {
      on: {
        'step.back': { target: 'question', actions: 'askLastQuestion' },
        'answer.change': {
          guard: 'isAsked',
          target: 'question',
          actions: { type: 'askToChange', params: { from: 'review' } },
        },
        'review.confirm': { guard: 'hasAllAnswers', target: 'result', actions: 'forgetChange' },
      },
    },
    result: {
      on: {
        'answer.change': {
          guard: 'isAsked',
          target: 'question',
          actions: { type: 'askToChange', params: { from: 'result' } },
        },
      },
    },
  },
});
