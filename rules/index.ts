/** The domain's one public face: questions, passages, outcomes and the recommendation. */
export {
  OPTION_VALUES,
  QUESTION_ORDER,
  isOptionValue,
  isQuestionId,
  type Answers,
  type NamedAnswers,
  type OptionValue,
  type QuestionId,
} from './questions';
export { QUESTIONS, answerLabel, optionOf, type Question, type QuestionOption } from './catalogue';
export {
  isAsked,
  isComplete,
  nextQuestion,
  pruneAnswers,
  questionsInBranch,
  relevance,
  type Relevance,
} from './applicability';
export { wantsLockedDownOnAws } from './predicates';
export { allAnswerSets } from './answer-space';
export { ARTICLE, PASSAGES, type Passage, type PassageId } from './passages';
export {
  LOCKED_DOWN_ON_AWS,
  OS_IDS,
  OUTCOMES,
  type Alternative,
  type Caveat,
  type OsId,
  type Outcome,
  type Source,
  type StatusState,
  type StatusToday,
} from './outcomes';
export { REASON_RULES, type Reason, type ReasonKind, type RuleNumber } from './reasons';
export { InvalidAnswersError, assertCompleteAnswers } from './validate';
export {
  recommend,
  type ConflictId,
  type ConflictNote,
  type RankedOutcome,
  type Recommendation,
} from './recommend';
// Today's pick: a second, separate recommendation over maintained systems, from dated facts.
export { FACTS, TODAY_AS_OF, factSources, type Fact, type FactId } from './today/facts';
export type { FactSource } from './today/sources';
export { CANDIDATES, CANDIDATE_IDS, type Candidate, type CandidateId } from './today/candidates';
export { todayReasonTable } from './today/reasons';
export type { TodayReason, TodayReasonKind, TodayReasonRule } from './today/reason-types';
export { MAINTAINED_NODE_OS } from './today/heirs';
export { ARTICLE_HEIRS, type ArticleHeirs } from './today/article-heirs';
export {
  recommendToday,
  type Heir,
  type TodayRanked,
  type TodayRecommendation,
} from './today/recommendToday';
