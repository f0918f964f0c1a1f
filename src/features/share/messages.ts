import {
  QUESTIONS,
  QUESTION_ORDER,
  isQuestionId,
  optionOf,
  relevance,
  pruneAnswers,
  type Answers,
  type QuestionId,
} from '../../../rules';
import { describe } from './parse';

/*
 * The sentences a broken link is explained with. They speak the app's
 * language, question prompts and option labels in typographic quotes, and
 * quote the link's own text (in straight quotes, cut and made visible by
 * `describe`) only where it means nothing here.
 */

/** A question as the person saw it: its prompt, e.g. “Do you already use Rancher or RKE?”. */
export const promptOf = (id: QuestionId): string => `“${QUESTIONS[id].prompt}”`;

/** An answer by its option label, e.g. “AWS”; a value that is not an option, as the link wrote it. */
function answerOf(id: QuestionId, value: string): string {
  const option = optionOf(id, value);
  return option ? `“${option.label}”` : describe(value);
}

/**
 * The answers that keep question `id` from applying: each earlier answer
 * which, given any other option, would let it apply (or leave it open). Asked
 * of the rules, never decided here.
 */
function blockers(id: QuestionId, answers: Answers): QuestionId[] {
  return QUESTION_ORDER.slice(0, QUESTION_ORDER.indexOf(id)).filter((q) => {
    const given = answers[q];
    if (given === undefined) return false;
    return QUESTIONS[q].options.some(
      (o) =>
        o.value !== given &&
        relevance(id, pruneAnswers({ ...answers, [q]: o.value })) !== 'skipped',
    );
  });
}

/** "The link answered “…” (“…”), though that question does not apply when …: it was left out." */
export function notApplicable(id: QuestionId, value: string, answers: Answers): string {
  const because = blockers(id, answers).map((q) => {
    const given = answers[q];
    return given === undefined ? '' : `${promptOf(q)} is answered ${answerOf(q, given)}`;
  });
  const when =
    because.length > 0 ? `when ${because.join(' and ')}` : 'with the link’s other answers';
  return `The link answered ${promptOf(id)} (${answerOf(id, value)}), though that question does not apply ${when}: it was left out.`;
}

/** Two different answers to one question: the first is kept, and the person told how to use the other. */
export function answeredTwice(id: QuestionId, kept: string, ignored: string): string {
  return `The link answers ${promptOf(id)} twice: ${answerOf(id, kept)}, then ${answerOf(id, ignored)}. The first was kept; change that answer if you meant the other.`;
}

/** A value that is not one of the question's options. */
export const notAnOption = (id: QuestionId, value: string): string =>
  `The link’s answer to ${promptOf(id)}, ${describe(value)}, is not one of its options, so it was left out.`;

/** A question named with no answer. */
export const noAnswer = (id: QuestionId): string =>
  `The link names ${promptOf(id)} but gives no answer to it.`;

/** A key that is not a question; a different case of a real one is pointed out by its prompt. */
export function notAQuestion(key: string): string {
  const lower = key.toLowerCase();
  const near = QUESTION_ORDER.find((id) => id === lower);
  const hint = near ? ` Names are lower case: ${describe(near)} answers ${promptOf(near)}.` : '';
  return `${describe(key)} is not a question this app asks, so it was left out.${hint}`;
}

/** A part whose %-escapes do not decode: named by its question where its key still reads as one. */
export function damaged(raw: string): string {
  const [key = ''] = raw.split('=', 1);
  let question: QuestionId | undefined;
  try {
    const decoded = decodeURIComponent(key);
    if (isQuestionId(decoded)) question = decoded;
  } catch {
    // The key itself is damaged: the part is quoted as written.
  }
  return question
    ? `The link’s answer to ${promptOf(question)} is damaged (${describe(raw)}), so it was left out.`
    : `Part of the link, ${describe(raw)}, is damaged, so it was left out.`;
}
