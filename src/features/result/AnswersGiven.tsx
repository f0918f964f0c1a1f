import {
  QUESTION_ORDER,
  QUESTIONS,
  answerLabel,
  type Answers,
  type QuestionId,
} from '../../../rules';
import { WhatIfLine } from './WhatIfLine';
import type { Picks } from './whatIf';

/**
 * The answers behind this result, in question order, each with a Change
 * button and what the picks would become under its other values: at a
 * glance, which answers matter. Back from a Change, focus returns to the
 * Change button used (the app scrolls it into view), not to the page's top.
 */
export function AnswersGiven({
  answers,
  picks,
  changed,
  onChangeAnswer,
}: {
  answers: Answers;
  picks: Picks;
  changed: QuestionId | null;
  onChangeAnswer: (question: QuestionId) => void;
}) {
  return (
    <section aria-labelledby="answers-heading">
      <h2 id="answers-heading">Your answers, and what another answer would give</h2>
      <dl className="answers">
        {QUESTION_ORDER.map((id) => {
          const value = answers[id];
          if (value === undefined) return null;
          return (
            <div key={id} className="answers__row">
              <dt>{QUESTIONS[id].shortLabel}</dt>
              <dd className="answers__value">{answerLabel(id, value)}</dd>
              <dd className="answers__change no-print">
                <button
                  type="button"
                  className="link-button"
                  onClick={() => onChangeAnswer(id)}
                  data-return-focus={id === changed ? '' : undefined}
                >
                  Change{' '}
                  <span className="visually-hidden">your answer to “{QUESTIONS[id].prompt}”</span>
                </button>
              </dd>
              <dd className="answers__what-if">
                <WhatIfLine answers={answers} question={id} picks={picks} />
              </dd>
            </div>
          );
        })}
      </dl>
    </section>
  );
}
