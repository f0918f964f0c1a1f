import { assertEvent, assign } from 'xstate';
import { nextQuestion, pruneAnswers } from '../../../rules';
import {
  answersWith,
  firstQuestion,
  lastQuestion,
  questionAfterSubmit,
  questionBefore,
} from './steps';
import type { ReturnTo, WizardContext, WizardEvent } from './types';

// `assign` for this machine's context and events: outside `setup` it cannot infer them.
const update = assign<WizardContext, WizardEvent, undefined, WizardEvent, never>;

/** How each of the wizard's transitions changes its context. `setup` in `machine.ts` names them. */
export const actions = {
  storeAnswer: update({
    answers: ({ context, event }) => {
      assertEvent(event, 'answer.submit');
      return answersWith(context, event);
    },
  }),
  askNextQuestion: update({
    // Runs after storeAnswer, so `context.answers` already holds the new answer.
    current: ({ context }) => questionAfterSubmit(context, context.answers) ?? null,
  }),
  askFirstQuestion: update({
    current: ({ context }) => firstQuestion(context.answers),
    returnTo: null,
    changed: null,
  }),
  askPreviousQuestion: update({
    current: ({ context }) =>
      context.current === null ? null : (questionBefore(context.answers, context.current) ?? null),
  }),
  askLastQuestion: update({
    current: ({ context }) => lastQuestion(context.answers),
    returnTo: null,
    changed: null,
  }),
  askToChange: assign<
    WizardContext,
    WizardEvent,
    { from: Exclude<ReturnTo, null> },
    WizardEvent,
    never
  >(({ event }, params) => {
    assertEvent(event, 'answer.change');
    return { current: event.question, returnTo: params.from, changed: null };
  }),
  // The result opened from review starts at its heading, whatever was changed before.
  forgetChange: update({ changed: null }),
  leaveQuestions: update(({ context }) => ({
    current: null,
    returnTo: null,
    // Leaving a Change page: the page returned to puts focus back on that question's Change button.
    changed: context.returnTo === null ? null : context.current,
  })),
  forgetAnswers: update({ answers: {} }),
  restoreAnswers: update({
    answers: ({ event }) => {
      assertEvent(event, 'wizard.restore');
      return pruneAnswers(event.answers);
    },
    current: null,
    returnTo: null,
    changed: null,
  }),
  restoreQuestion: update(({ event }) => {
    assertEvent(event, 'wizard.restore');
    return event.at.view === 'question'
      ? { current: event.at.question, returnTo: event.at.returnTo }
      : {};
  }),
  askFirstUnanswered: update({
    current: ({ context }) => nextQuestion(context.answers) ?? null,
  }),
};
