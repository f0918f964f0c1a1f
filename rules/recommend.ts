import { OS_IDS, OUTCOMES, type Caveat, type OsId } from './outcomes';
import type { PassageId } from './passages';
import type { Answers } from './questions';
import { REASON_RULES, piEdgeTipsToRancherOs, type Reason } from './reasons';
import { assertCompleteAnswers } from './validate';

/** One outcome in the ranking, with everything said for and against it. */
export interface RankedOutcome {
  readonly os: OsId;
  /** Sum of the weights of its reasons. */
  readonly score: number;
  /** 1 for the top pick. */
  readonly rank: number;
  /** True when a blocking reason rules it out; blocked outcomes rank after all others. */
  readonly blocked: boolean;
  /** Reasons for it, strongest first. */
  readonly reasonsFor: readonly Reason[];
  /** Reasons against it: blocking reasons first, then the strongest. */
  readonly reasonsAgainst: readonly Reason[];
  readonly caveats: readonly Caveat[];
}

/** Which kind of conflict a note describes: one per place the article's signals pull two ways. */
export type ConflictId = 'pi-edge' | 'cloud-production' | 'custom-images';

/** Where the article's signals pull two ways: what they are, and which way the answers tip it. */
export interface ConflictNote {
  readonly id: ConflictId;
  /** Short heading, e.g. "The article names two answers for a Raspberry Pi or edge devices". */
  readonly heading: string;
  readonly options: readonly [OsId, OsId];
  readonly passageIds: readonly [PassageId, PassageId];
  readonly tippedTo: OsId;
  readonly summary: string;
}

/** The result of {@link recommend}. */
export interface Recommendation {
  readonly top: OsId;
  /** One line: why the top pick, in our words. */
  readonly why: string;
  /** All six outcomes, best first. */
  readonly ranking: readonly RankedOutcome[];
  /** Conflict notes, possibly none. */
  readonly conflicts: readonly ConflictNote[];
}

/** The order that breaks ties: the more established option first. */
export const TIE_BREAK_ORDER: readonly OsId[] = OS_IDS;

const byStrength = (a: Reason, b: Reason) => Math.abs(b.weight) - Math.abs(a.weight);

function rankOutcome(os: OsId, reasons: readonly Reason[]): Omit<RankedOutcome, 'rank'> {
  const mine = reasons.filter((r) => r.os === os);
  const blocking = mine.filter((r) => r.kind === 'blocking');
  return {
    os,
    score: mine.reduce((sum, r) => sum + r.weight, 0),
    blocked: blocking.length > 0,
    reasonsFor: mine.filter((r) => r.kind === 'for').sort(byStrength),
    reasonsAgainst: [...blocking, ...mine.filter((r) => r.kind === 'against').sort(byStrength)],
    caveats: OUTCOMES[os].caveats,
  };
}

function compareOutcomes(a: Omit<RankedOutcome, 'rank'>, b: Omit<RankedOutcome, 'rank'>): number {
  if (a.blocked !== b.blocked) return a.blocked ? 1 : -1;
  if (a.score !== b.score) return b.score - a.score;
  return TIE_BREAK_ORDER.indexOf(a.os) - TIE_BREAK_ORDER.indexOf(b.os);
}

function conflictNote(answers: Answers): ConflictNote | undefined {
  if (answers.platform !== 'raspberry-pi' && answers.platform !== 'edge') return undefined;
  const tippedTo: OsId = piEdgeTipsToRancherOs(answers) ? 'rancheros' : 'k3os';
  const because =
    tippedTo === 'k3os'
      ? 'a small single-binary Kubernetes is enough for you'
      : answers.rancher === 'yes'
        ? 'you already use Rancher'
        : 'you need full Kubernetes that is easy to upgrade';
  return {
    id: 'pi-edge',
    heading: 'The article names two answers for a Raspberry Pi or edge devices',
    options: ['k3os', 'rancheros'],
    passageIds: ['k3os-raspberry-pi', 'rancheros-pi-edge-rke'],
    tippedTo,
    summary: `The article names two options for a Raspberry Pi or edge devices: k3os in its k3os section and RancherOS in its conclusion. Your answers tip it to ${OUTCOMES[tippedTo].name}: ${because}.`,
  };
}

/**
 * Recommends an operating system for `answers`, a complete answer set (only
 * the questions that apply). Pure and deterministic. Throws an
 * `InvalidAnswersError` for anything else rather than return a partial result.
 */
export function recommend(answers: Answers): Recommendation {
  const valid = assertCompleteAnswers(answers);
  const reasons: Reason[] = REASON_RULES.filter((rule) => rule.when(valid)).map(
    ({ when, ...reason }) => reason,
  );
  const ranking = OS_IDS.map((os) => rankOutcome(os, reasons))
    .sort(compareOutcomes)
    .map((outcome, index) => ({ ...outcome, rank: index + 1 }));
  const first = ranking[0];
  if (!first) throw new Error('No outcomes to rank.');
  const strongest = first.reasonsFor[0];
  return {
    top: first.os,
    why: strongest ? strongest.summary : OUTCOMES[first.os].summary,
    ranking,
    conflicts: [conflictNote(valid)].filter((note) => note !== undefined),
  };
}
