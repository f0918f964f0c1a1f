import { useMemo, type ReactNode } from 'react';
import {
  ARTICLE,
  isComplete,
  recommend,
  recommendToday,
  type Answers,
  type QuestionId,
} from '../../../rules';
import { usePainted } from '../../components/usePainted';
import { AnswersGiven } from './AnswersGiven';
import { ConflictNotes } from './ConflictNote';
import { FoldedDetails } from './FoldedDetails';
import { quotePlan } from './quotePlan';
import { Reasons } from './Reasons';
import { ResultActions } from './ResultActions';
import { ResultHeader } from './ResultHeader';
import { TodayPick } from './TodayPick';
import './result.css';

/** Props of {@link ResultPage}. */
interface ResultPageProps {
  /** A complete answer set: only the questions that apply, each answered. */
  readonly answers: Answers;
  /** The absolute link that reopens this result. */
  readonly shareUrl: string;
  /** The question whose Change page was just left: its Change button gets focus back. */
  readonly changed?: QuestionId | null;
  readonly onChangeAnswer: (question: QuestionId) => void;
  readonly onStartOver: () => void;
  /** More buttons for the actions bar, e.g. "Save as scenario". */
  readonly extraActions?: ReactNode;
}

/**
 * The recommendation. First screen: the article's pick and its state today,
 * today's pick, and the actions. Then the reasons, each passage quoted once;
 * the detail folded; and the answers, each with what another answer would give.
 */
export function ResultPage(props: ResultPageProps) {
  const { answers, shareUrl, changed = null, onChangeAnswer, onStartOver, extraActions } = props;
  const picks = useMemo(
    () =>
      isComplete(answers)
        ? { recommendation: recommend(answers), today: recommendToday(answers) }
        : undefined,
    [answers],
  );
  // The first screen paints before the rest is built, which follows once it has. Back from a
  // Change all of it renders at once, since focus returns to that answer, far down the page.
  const whole = usePainted(changed !== null);
  const recommendation = picks?.recommendation;
  const quotedAt = useMemo(
    () => (recommendation ? quotePlan(recommendation) : new Map()),
    [recommendation],
  );
  if (!picks || !recommendation) {
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
  const { today } = picks;
  const [top] = recommendation.ranking;
  return (
    <article className="result" aria-labelledby="result-heading" aria-busy={!whole}>
      <ResultHeader recommendation={recommendation} today={today} />
      <TodayPick today={today} />
      <ResultActions
        answers={answers}
        recommendation={recommendation}
        today={today}
        shareUrl={shareUrl}
        onStartOver={onStartOver}
        extraActions={extraActions}
      />
      {whole && (
        <>
          {top && <Reasons outcome={top} why={recommendation.why} quotedAt={quotedAt} />}
          <ConflictNotes conflicts={recommendation.conflicts} quotedAt={quotedAt} />
          <FoldedDetails
            answers={answers}
            recommendation={recommendation}
            today={today}
            quotedAt={quotedAt}
          />
          <AnswersGiven
            answers={answers}
            picks={{ article: recommendation.top, today: today.top }}
            changed={changed}
            onChangeAnswer={onChangeAnswer}
          />
          <div className="result__link print-only">
            <p>
              This result: <a href={shareUrl}>{shareUrl}</a>
            </p>
            <p>
              Quotations from “{ARTICLE.title}”, {ARTICLE.publisher}, {ARTICLE.year}:{' '}
              <a href={ARTICLE.url}>{ARTICLE.url}</a>
            </p>
          </div>
        </>
      )}
    </article>
  );
}
