import { setup } from 'xstate';
import { actions } from './actions';
import { guards } from './guards';
import type { WizardContext, WizardEvent } from './types';

/*
 * The interview's graph: which event moves where. When a transition applies
 * is in `guards.ts`, what it changes in `actions.ts`, where a question sits
 * in the branch in `steps.ts`; all of it asks `rules/`.
 */

/** The interview: landing → one question at a time → "Check your answers" → result; "Start over" → the first question. */
export const wizardMachine = setup({
  types: {
    context: {} as WizardContext,
    events: {} as WizardEvent,
  },
  guards,
  actions,
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
