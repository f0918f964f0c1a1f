/**
 * The questions' ids, option values and order: the public share-URL contract
 * v1 (SPEC §2), which must never change meaning within `v=1`. Their words are
 * in catalogue.ts.
 */

/** Every option value of every question, keyed by question id. */
export const OPTION_VALUES = {
  platform: ['raspberry-pi', 'edge', 'aws', 'cloud', 'bare-metal', 'ci'],
  workload: ['production', 'ci-runners', 'experiments'],
  rancher: ['yes', 'no'],
  kubernetes: ['full', 'lightweight'],
  maturity: ['proven', 'early'],
  access: ['ssh', 'api', 'either'],
  priority: ['upgrades', 'security', 'familiarity', 'footprint'],
  image: ['distribution', 'custom'],
} as const;

/** A question id, e.g. `platform`. */
export type QuestionId = keyof typeof OPTION_VALUES;

/** The option values allowed for question `Q`. */
export type OptionValue<Q extends QuestionId> = (typeof OPTION_VALUES)[Q][number];

/** Answers given so far: only the questions that were asked, each a catalogue value. */
export type Answers = { readonly [Q in QuestionId]?: OptionValue<Q> };

/** A named answer set: a saved scenario, or one in a comparison link. */
export interface NamedAnswers {
  readonly name: string;
  readonly answers: Answers;
}

/** The order questions are asked in; every condition reads only questions before it. */
export const QUESTION_ORDER = [
  'platform',
  'workload',
  'rancher',
  'kubernetes',
  'maturity',
  'access',
  'priority',
  'image',
] as const satisfies readonly QuestionId[];

/** Narrows an unknown string to a question id. */
export function isQuestionId(value: string): value is QuestionId {
  return Object.prototype.hasOwnProperty.call(OPTION_VALUES, value);
}

/** Narrows an unknown string to an option value of question `id`. */
export function isOptionValue<Q extends QuestionId>(id: Q, value: string): value is OptionValue<Q> {
  return (OPTION_VALUES[id] as readonly string[]).includes(value);
}
