import {
  OUTCOMES,
  QUESTIONS,
  QUESTION_ORDER,
  recommend,
  type Answers,
  type QuestionId,
  type QuestionOption,
  type Recommendation,
} from '../../../rules';
import type { NamedAnswers } from './types';

/** One answer row of a comparison: the question and each scenario's answer. */
export interface AnswerRow {
  readonly id: QuestionId;
  readonly label: string;
  /** Each scenario's answer label, or undefined where the question was not asked. */
  readonly cells: readonly (string | undefined)[];
  readonly differs: boolean;
}

/** Everything a comparison table shows, recomputed from the answers. */
export interface Comparison {
  readonly answers: readonly AnswerRow[];
  /** Each scenario's recommendation; undefined when its answers are incomplete. */
  readonly results: readonly (Recommendation | undefined)[];
  readonly topDiffers: boolean;
}

/** The recommendation for `answers`, or undefined when they are not a complete answer set. */
export function recommendSafely(answers: Answers): Recommendation | undefined {
  try {
    return recommend(answers);
  } catch {
    return undefined;
  }
}

// An unknown value (hand-edited storage) shows as itself rather than disappearing.
function labelOf(id: QuestionId, value: string | undefined): string | undefined {
  if (value === undefined) return undefined;
  const options: readonly QuestionOption[] = QUESTIONS[id].options;
  return options.find((o) => o.value === value)?.label ?? value;
}

const differ = (values: readonly unknown[]) => new Set(values).size > 1;

/** Builds the rows of a comparison of `scenarios`, questions in interview order. */
export function compareScenarios(scenarios: readonly NamedAnswers[]): Comparison {
  const answers = QUESTION_ORDER.filter((id) =>
    scenarios.some((s) => s.answers[id] !== undefined),
  ).map((id): AnswerRow => {
    const values = scenarios.map((s) => s.answers[id]);
    return {
      id,
      label: QUESTIONS[id].shortLabel,
      cells: values.map((v) => labelOf(id, v)),
      differs: differ(values),
    };
  });
  const results = scenarios.map((s) => recommendSafely(s.answers));
  return { answers, results, topDiffers: differ(results.map((r) => r?.top)) };
}

/** The display name of an outcome. */
export const outcomeName = (os: keyof typeof OUTCOMES): string => OUTCOMES[os].name;
