import {
  OUTCOMES,
  QUESTIONS,
  QUESTION_ORDER,
  answerLabel,
  recommend,
  recommendToday,
  type Answers,
  type NamedAnswers,
  type QuestionId,
  type Recommendation,
  type TodayRecommendation,
} from '../../../rules';

/** One answer row of a comparison: the question and each scenario's answer. */
export interface AnswerRow {
  readonly id: QuestionId;
  readonly label: string;
  /** Each scenario's answer label, or undefined where the question was not asked. */
  readonly cells: readonly (string | undefined)[];
  readonly differs: boolean;
}

/** Both picks for one scenario; undefined when its answers are not a complete set. */
export interface Picks {
  readonly article: Recommendation;
  readonly today: TodayRecommendation;
}

/** Everything a comparison shows, recomputed from the answers. */
export interface Comparison {
  readonly answers: readonly AnswerRow[];
  /** Each scenario's two picks, in scenario order. */
  readonly results: readonly (Picks | undefined)[];
  /** Whether the article's picks differ between the scenarios. */
  readonly topDiffers: boolean;
  /** Whether today's picks differ between the scenarios. */
  readonly todayDiffers: boolean;
}

/** Both picks for `answers`, or undefined when they are not a complete answer set (hand-edited storage). */
export function picksOf(answers: Answers): Picks | undefined {
  try {
    return { article: recommend(answers), today: recommendToday(answers) };
  } catch {
    return undefined;
  }
}

const differ = (values: readonly unknown[]) => new Set(values).size > 1;

/** Builds a comparison of `scenarios`, questions in interview order. */
export function compareScenarios(scenarios: readonly NamedAnswers[]): Comparison {
  const answers = QUESTION_ORDER.filter((id) =>
    scenarios.some((s) => s.answers[id] !== undefined),
  ).map((id): AnswerRow => {
    const values = scenarios.map((s) => s.answers[id]);
    return {
      id,
      label: QUESTIONS[id].shortLabel,
      cells: values.map((v) => (v === undefined ? undefined : answerLabel(id, v))),
      differs: differ(values),
    };
  });
  const results = scenarios.map((s) => picksOf(s.answers));
  return {
    answers,
    results,
    topDiffers: differ(results.map((r) => r?.article.top)),
    todayDiffers: differ(results.map((r) => r?.today.top)),
  };
}

/** The display name of an outcome. */
export const outcomeName = (os: keyof typeof OUTCOMES): string => OUTCOMES[os].name;
