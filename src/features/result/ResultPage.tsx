import { useMemo, type ReactNode } from 'react';
import { ARTICLE, isComplete, recommend, type Answers, type QuestionId } from '../../../rules';
import { AnswersGiven } from './AnswersGiven';
import { Caveats } from './Caveats';
import { ConflictNote } from './ConflictNote';
import { Ranking } from './Ranking';
import { Reasons } from './Reasons';
import { ResultActions } from './ResultActions';
import { ResultHeader } from './ResultHeader';
import { StatusToday } from './StatusToday';
import { WhyNot } from './WhyNot';
import './result.css';

/** Props of {@link ResultPage}. */
export interface ResultPageProps {
  /** A complete answer set: only the questions that apply, each answered. */
  readonly answers: Answers;
  /** The absolute link that reopens this result. */
  readonly shareUrl: string;
  readonly onChangeAnswer: (question: QuestionId) => void;
  readonly onStartOver: () => void;
  /** More buttons for the actions bar, e.g. "Save as scenario". */
  readonly extraActions?: ReactNode;
}

/**
 * The recommendation: the pick and why, in the article's words; the ranking
 * of all six; why not each of the others; the status today; the answers; and
 * ways to share, export and print it.
 */
export function ResultPage(props: ResultPageProps) {
  const { answers, shareUrl, onChangeAnswer, onStartOver, extraActions } = props;
  const recommendation = useMemo(
    () => (isComplete(answers) ? recommend(answers) : undefined),
    [answers],
  );
  if (!recommendation) {
    // The shell only shows the result for complete answers; never crash if it does not.
    return (
      <div className="notice" role="alert">
        <p>Some questions have no answer yet, so there is no recommendation to show.</p>
        <button type="button" className="button" onClick={onStartOver}>
          Start over
        </button>
      </div>
    );
  }
  const [top] = recommendation.ranking;
  return (
    <article className="result" aria-labelledby="result-heading">
      <ResultHeader recommendation={recommendation} />
      <ResultActions
        answers={answers}
        recommendation={recommendation}
        shareUrl={shareUrl}
        onStartOver={onStartOver}
        extraActions={extraActions}
      />
      {top && <Reasons outcome={top} />}
      {recommendation.conflicts.map((conflict) => (
        <ConflictNote key={conflict.id} conflict={conflict} />
      ))}
      {top && <Caveats outcome={top} />}
      <Ranking ranking={recommendation.ranking} />
      <WhyNot ranking={recommendation.ranking} />
      <StatusToday answers={answers} ranking={recommendation.ranking} />
      <AnswersGiven answers={answers} onChangeAnswer={onChangeAnswer} />
      <div className="result__link print-only">
        <p>
          This result: <a href={shareUrl}>{shareUrl}</a>
        </p>
        <p>
          Quotations from “{ARTICLE.title}”, {ARTICLE.publisher}, {ARTICLE.year}:{' '}
          <a href={ARTICLE.url}>{ARTICLE.url}</a>
        </p>
      </div>
    </article>
  );
}
