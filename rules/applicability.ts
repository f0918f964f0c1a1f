import { isCloudOrDataCenter } from './predicates';
import { QUESTION_ORDER, type Answers, type QuestionId } from './questions';

/**
 * Whether a question applies, given the answers so far:
 * `asked` — it applies; `skipped` — it does not; `pending` — that depends on
 * an earlier question that has no answer yet.
 */
export type Relevance = 'asked' | 'skipped' | 'pending';

// Three-valued logic: `undefined` means "not known yet".
type Maybe = boolean | undefined;

function and(...values: Maybe[]): Maybe {
  if (values.includes(false)) return false;
  return values.includes(undefined) ? undefined : true;
}

function not(value: Maybe): Maybe {
  return value === undefined ? undefined : !value;
}

function equals<T>(value: T | undefined, expected: T): Maybe {
  return value === undefined ? undefined : value === expected;
}

/** `workload` is only asked off CI; on CI it is known to be absent. */
function workloadIs(answers: Answers, expected: string): Maybe {
  if (answers.platform === 'ci') return false;
  return equals(answers.workload, expected);
}

/** Production in a cloud or a data center: the case the article answers with standard Linux. */
function productionInCloud(answers: Answers): Maybe {
  const inCloud = answers.platform === undefined ? undefined : isCloudOrDataCenter(answers);
  return and(inCloud, workloadIs(answers, 'production'));
}

/** When each question is asked (SPEC §2). */
const CONDITIONS: { readonly [Q in QuestionId]: (answers: Answers) => Maybe } = {
  platform: () => true,
  workload: (a) => not(equals(a.platform, 'ci')),
  rancher: () => true,
  kubernetes: (a) => and(equals(a.rancher, 'no'), not(productionInCloud(a))),
  maturity: (a) => workloadIs(a, 'production'),
  access: (a) => workloadIs(a, 'production'),
  priority: () => true,
  image: () => true,
};

/** Whether question `id` applies given `answers` (see {@link Relevance}). */
export function relevance(id: QuestionId, answers: Answers): Relevance {
  const applies = CONDITIONS[id](answers);
  if (applies === undefined) return 'pending';
  return applies ? 'asked' : 'skipped';
}

/** True when question `id` certainly applies given `answers`. */
export function isAsked(id: QuestionId, answers: Answers): boolean {
  return relevance(id, answers) === 'asked';
}

/**
 * The questions of the current branch, in order: those that apply, plus those
 * that may still apply once earlier questions are answered. Its length is the
 * "of N" in "Question 3 of N", and shrinks or grows as answers change.
 */
export function questionsInBranch(answers: Answers): QuestionId[] {
  return QUESTION_ORDER.filter((id) => relevance(id, answers) !== 'skipped');
}

/** The first question that applies and has no answer yet, or `undefined` when all are answered. */
export function nextQuestion(answers: Answers): QuestionId | undefined {
  return QUESTION_ORDER.find((id) => answers[id] === undefined && isAsked(id, answers));
}

/** True when every question that applies has an answer. */
export function isComplete(answers: Answers): boolean {
  return nextQuestion(answers) === undefined;
}

/**
 * Keeps only the answers to questions that still apply. Used when an earlier
 * answer changes the branch: later answers that no longer apply are dropped,
 * the rest are kept. Questions are visited in order so a dropped answer can
 * in turn make a later one inapplicable.
 */
export function pruneAnswers(answers: Answers): Answers {
  const kept: Record<string, string> = {};
  for (const id of QUESTION_ORDER) {
    const value = answers[id];
    if (value !== undefined && relevance(id, kept as Answers) !== 'skipped') kept[id] = value;
  }
  return kept as Answers;
}
