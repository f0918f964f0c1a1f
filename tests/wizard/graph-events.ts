import { QUESTIONS, QUESTION_ORDER, type QuestionId } from '../../rules';
import { selectPlace, type WizardSnapshot } from '../../src/features/wizard/selectors';
import type { AnswerTo, WizardEvent } from '../../src/features/wizard/types';
import { AWS_LOCKED_DOWN } from '../fixtures/answers';

/** Restores as browser Back/Forward or an opened URL send them: complete, partial, out of order. */
export const RESTORES: readonly WizardEvent[] = [
  { type: 'wizard.restore', answers: {}, at: { view: 'landing' } },
  { type: 'wizard.restore', answers: AWS_LOCKED_DOWN, at: { view: 'result' } },
  { type: 'wizard.restore', answers: AWS_LOCKED_DOWN, at: { view: 'review' } },
  { type: 'wizard.restore', answers: { platform: 'ci' }, at: { view: 'review' } },
  {
    type: 'wizard.restore',
    answers: { platform: 'edge', workload: 'experiments' },
    at: { view: 'question', question: 'workload', returnTo: null },
  },
  {
    type: 'wizard.restore',
    answers: AWS_LOCKED_DOWN,
    at: { view: 'question', question: 'access', returnTo: 'result' },
  },
];

/**
 * The events to explore from a snapshot. `pick` chooses which options of the
 * question on screen are submitted: all of them, or a few that still reach
 * every branch (so UI paths stay fast).
 */
export function eventsFrom(
  pick: (question: QuestionId) => readonly string[],
): (snapshot: WizardSnapshot) => WizardEvent[] {
  return (snapshot) => {
    const { current, answers } = snapshot.context;
    const submits: WizardEvent[] = current
      ? pick(current).map(
          (value) =>
            ({ type: 'answer.submit', question: current, value }) as AnswerTo & WizardEvent,
        )
      : [];
    const changes: WizardEvent[] = QUESTION_ORDER.filter((id) => answers[id] !== undefined).map(
      (question) => ({ type: 'answer.change', question }),
    );
    return [
      { type: 'wizard.start' },
      ...submits,
      { type: 'step.back' },
      ...changes,
      { type: 'review.confirm' },
      { type: 'wizard.reset' },
      ...RESTORES,
    ];
  };
}

/** Every option of a question. */
export const allOptions = (question: QuestionId): readonly string[] =>
  QUESTIONS[question].options.map((option) => option.value);

/**
 * Groups snapshots by page and by which questions have answers (the branch's
 * shape), not by the exact values: enough to tell every page of every branch apart.
 */
export function serializePlace(snapshot: WizardSnapshot): string {
  const { current, returnTo, answers } = snapshot.context;
  return JSON.stringify({
    value: snapshot.value,
    current,
    returnTo,
    answered: QUESTION_ORDER.filter((id) => answers[id] !== undefined),
  });
}

/** Every event type the wizard accepts; the type makes a new one fail to compile until listed. */
export const EVENT_TYPES = Object.keys({
  'wizard.start': true,
  'answer.submit': true,
  'step.back': true,
  'answer.change': true,
  'review.confirm': true,
  'wizard.reset': true,
  'wizard.restore': true,
} satisfies Record<WizardEvent['type'], true>).sort();

/** The page a snapshot shows: a question also by the page its Change returns to. */
export function pageOf(snapshot: WizardSnapshot): string {
  const place = selectPlace(snapshot);
  return place.view === 'question' ? `question:${place.question}:${place.returnTo}` : place.view;
}

/** Every page of the interview, as `pageOf` names them. */
export const EVERY_PAGE = [
  'landing',
  ...QUESTION_ORDER.flatMap((id) =>
    ['null', 'review', 'result'].map((to) => `question:${id}:${to}`),
  ),
  'review',
  'result',
].sort();
