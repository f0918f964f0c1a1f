import { OUTCOMES, type OsId } from '../outcomes';
import type { Answers } from '../questions';
import { recommend } from '../recommend';
import { assertCompleteAnswers } from '../validate';
import { CANDIDATES, CANDIDATE_IDS, type CandidateId } from './candidates';
import type { FactId } from './facts';
import { HEIR_LINES, MAINTAINED_NODE_OS, type HeirLine } from './heirs';
import type { TodayReason } from './reason-types';
import { reasonsFor } from './reasons';

/** One candidate in today's ranking, with everything said for and against it. */
export interface TodayRanked {
  readonly candidate: CandidateId;
  /** 1 for today's pick. */
  readonly rank: number;
  /** Sum of the weights of its reasons. */
  readonly score: number;
  /** True when a blocking reason rules it out; blocked candidates rank after all others. */
  readonly blocked: boolean;
  /** Reasons for it, strongest first. */
  readonly reasonsFor: readonly TodayReason[];
  /** Reasons against it: blocking reasons first, then the strongest. */
  readonly reasonsAgainst: readonly TodayReason[];
}

/** The maintained system that carries on the article's pick for these answers. */
export interface Heir {
  /** the article's pick for these answers (recommend(answers).top) */
  readonly articlePick: OsId;
  /** True when the article's pick is itself a maintained Kubernetes node OS today. */
  readonly articlePickMaintained: boolean;
  readonly heir: CandidateId;
  /** why this is the maintained heir of the article's pick for these answers, our words */
  readonly summary: string;
  readonly factIds: readonly FactId[];
}

/** The result of {@link recommendToday}. */
export interface TodayRecommendation {
  readonly top: CandidateId;
  /** one line, our words */
  readonly why: string;
  /** All seven candidates, best first. */
  readonly ranking: readonly TodayRanked[];
  readonly heir: Heir;
}

type Unranked = Omit<TodayRanked, 'rank'>;

const byStrength = (a: TodayReason, b: TodayReason) => Math.abs(b.weight) - Math.abs(a.weight);

function rankCandidate(candidate: CandidateId, reasons: readonly TodayReason[]): Unranked {
  const mine = reasons.filter((r) => r.candidate === candidate);
  const blocking = mine.filter((r) => r.kind === 'blocking');
  return {
    candidate,
    score: mine.reduce((sum, r) => sum + r.weight, 0),
    blocked: blocking.length > 0,
    reasonsFor: mine.filter((r) => r.kind === 'for').sort(byStrength),
    reasonsAgainst: [...blocking, ...mine.filter((r) => r.kind === 'against').sort(byStrength)],
  };
}

function compareCandidates(a: Unranked, b: Unranked): number {
  if (a.blocked !== b.blocked) return a.blocked ? 1 : -1;
  if (a.score !== b.score) return b.score - a.score;
  return CANDIDATE_IDS.indexOf(a.candidate) - CANDIDATE_IDS.indexOf(b.candidate);
}

/**
 * Of the article pick's heirs, the one today's ranking puts highest, never a
 * blocked one; where there are several, the summary says it was chosen for these answers.
 */
function heirFor(articlePick: OsId, ranking: readonly TodayRanked[]): Heir {
  const lines: readonly HeirLine[] = HEIR_LINES[articlePick];
  for (const ranked of ranking) {
    const line = lines.find((l) => l.heir === ranked.candidate);
    if (line && !ranked.blocked) {
      const choice = `${CANDIDATES[line.heir].name} ranks highest for your answers among the maintained heirs of ${OUTCOMES[articlePick].name}.`;
      return {
        articlePick,
        articlePickMaintained: MAINTAINED_NODE_OS[articlePick],
        heir: line.heir,
        summary: lines.length > 1 ? `${line.summary} ${choice}` : line.summary,
        factIds: line.factIds,
      };
    }
  }
  throw new Error(`Every maintained heir of ${articlePick} is ruled out.`);
}

/**
 * Today's pick among maintained node systems for `answers`, a complete answer
 * set (the same answers as the article's lens). Pure and deterministic; throws
 * an `InvalidAnswersError` for anything else, like `recommend`.
 */
export function recommendToday(answers: Answers): TodayRecommendation {
  const valid = assertCompleteAnswers(answers);
  const reasons = reasonsFor(valid);
  const ranking = CANDIDATE_IDS.map((candidate) => rankCandidate(candidate, reasons))
    .sort(compareCandidates)
    .map((ranked, index) => ({ ...ranked, rank: index + 1 }));
  const strongest = ranking[0]?.reasonsFor[0];
  if (!strongest) throw new Error('Today’s pick has no reason for it.');
  return {
    top: strongest.candidate,
    why: strongest.summary,
    ranking,
    heir: heirFor(recommend(valid).top, ranking),
  };
}
