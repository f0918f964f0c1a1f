import { QUESTION_ORDER, QUESTIONS, optionOf, type Answers, type QuestionId } from '../../../rules';

/** The answers behind this result, in question order, each with a Change button. */
export function AnswersGiven({
  answers,
  onChangeAnswer,
}: {
  answers: Answers;
  onChangeAnswer: (question: QuestionId) => void;
}) {
  return (
    <section aria-labelledby="answers-heading">
      <h2 id="answers-heading">Your answers</h2>
      <dl className="summary-list">
        {QUESTION_ORDER.map((id) => {
          const value = answers[id];
          if (value === undefined) return null;
          return (
            <div key={id}>
              <dt>{QUESTIONS[id].shortLabel}</dt>
              <dd>{optionOf(id, value).label}</dd>
              <dd className="no-print">
                <button type="button" className="link-button" onClick={() => onChangeAnswer(id)}>
                  Change{' '}
                  <span className="visually-hidden">your answer to “{QUESTIONS[id].prompt}”</span>
                </button>
              </dd>
            </div>
          );
        })}
      </dl>
    </section>
  );
}
