import { OUTCOMES, type OsId } from './outcomes';
import type { PassageId } from './passages';
import type { Answers } from './questions';
import { isCloudProduction, isPiOrEdge, usesRancher } from './predicates';
import { cloudProductionTip, linuxKitOutweighedBy, piEdgeTip } from './signals';

/** Which kind of conflict a note describes: one per place the article's signals pull two ways. */
export type ConflictId = 'pi-edge' | 'cloud-production' | 'custom-images';

/** Where the article's signals pull two ways: what they are, and which way the answers tip it. */
export interface ConflictNote {
  readonly id: ConflictId;
  /** Short heading, e.g. "The article names two answers for a Raspberry Pi or edge devices". */
  readonly heading: string;
  readonly options: readonly [OsId, OsId];
  readonly passageIds: readonly [PassageId, PassageId];
  /**
   * The option the answers tip it to. The summary says "tip it to" only when
   * this is the pick; otherwise it says what overrode it.
   */
  readonly tippedTo: OsId;
  /** Our words. */
  readonly summary: string;
}

/** An outcome's name inside a sentence: "a standard Linux distribution", "k3os". */
const name = (os: OsId) =>
  os === 'standard-linux' ? 'a standard Linux distribution' : OUTCOMES[os].name;

/** Why the pick overrides a note's tip: the stronger signal, in our words. */
function overriddenBecause(answers: Answers, top: OsId): string {
  if (top === 'linuxkit') return 'you build your own OS images, which is what LinuxKit does';
  const outweighing = linuxKitOutweighedBy(answers);
  if (outweighing?.pointsTo === top) return outweighing.because;
  // The only other signal that overrides a tip: Talos's fit in the cloud or a data center.
  return 'you accept a young project and need no SSH, which is where Talos leads';
}

/** The tip sentence, or what overrode it when the pick is another outcome. */
function tipSentence(answers: Answers, top: OsId, tip: OsId, because: string): string {
  if (tip === top) return `Your answers tip it to ${name(tip)}: ${because}.`;
  return `Your answers would tip it to ${name(tip)} (${because}), but ${overriddenBecause(answers, top)}, so the pick is ${name(top)}.`;
}

/**
 * A place where the article names two answers (rules 5 and 6): the note's
 * fixed parts, which way the answers tip it, and why, in our words.
 */
interface TwoAnswers extends Pick<ConflictNote, 'id' | 'heading' | 'options' | 'passageIds'> {
  readonly applies: (answers: Answers) => boolean;
  readonly tip: (answers: Answers) => OsId;
  /** The first sentence: where the article says what. */
  readonly says: (answers: Answers) => string;
  readonly because: (answers: Answers, tip: OsId) => string;
}

const TWO_ANSWERS: readonly TwoAnswers[] = [
  {
    id: 'pi-edge',
    heading: 'The article names two answers for a Raspberry Pi or edge devices',
    options: ['k3os', 'rancheros'],
    passageIds: ['k3os-raspberry-pi', 'rancheros-pi-edge-rke'],
    applies: isPiOrEdge,
    tip: piEdgeTip,
    says: () =>
      'The article names two options for Kubernetes on a Raspberry Pi or edge devices: k3os in its k3os section and RancherOS in its conclusion.',
    because: (answers, tip) =>
      tip === 'k3os'
        ? 'a small single-binary Kubernetes is enough for you'
        : usesRancher(answers)
          ? 'you already use Rancher'
          : answers.kubernetes === 'full'
            ? 'you need full Kubernetes that is easy to upgrade'
            : 'you want only production-ready projects, and the article calls RancherOS production ready',
  },
  {
    id: 'cloud-production',
    heading: 'The article names two answers for production in the cloud',
    options: ['standard-linux', 'rancheros'],
    passageIds: ['standard-linux-not-compelling', 'rancheros-cloud-full-kubernetes'],
    applies: isCloudProduction,
    tip: cloudProductionTip,
    says: (answers) =>
      `For production in the cloud${answers.platform === 'bare-metal' ? ' (we read your own data center the same way)' : ''} the article contradicts itself: its conclusion keeps a standard Linux distribution, while its k3os section says the author would go with RancherOS.`,
    because: (_answers, tip) =>
      tip === 'rancheros'
        ? 'upgrades come first for you, and a full Kubernetes that is easy to upgrade is the reason the article gives for RancherOS'
        : 'nothing in your answers puts upgrades first, so we follow the article’s conclusion',
  },
];

function twoAnswersNote(conflict: TwoAnswers, answers: Answers, top: OsId): ConflictNote {
  const { id, heading, options, passageIds } = conflict;
  const tip = conflict.tip(answers);
  const because = conflict.because(answers, tip);
  const summary = `${conflict.says(answers)} ${tipSentence(answers, top, tip, because)}`;
  return { id, heading, options, passageIds, tippedTo: tip, summary };
}

function customImagesNote(answers: Answers, top: OsId): ConflictNote | undefined {
  const outweighing = linuxKitOutweighedBy(answers);
  if (answers.image !== 'custom' || !outweighing || top === 'linuxkit') return undefined;
  const then = outweighing.pointsTo === top ? '' : ` Your other answers then decide: ${name(top)}.`;
  return {
    id: 'custom-images',
    heading: 'Building your own images points to LinuxKit, but another answer weighs more',
    options: ['linuxkit', top],
    passageIds: ['linuxkit-custom', outweighing.passageId],
    tippedTo: top,
    summary: `You build your own OS images, which points to LinuxKit, but ${outweighing.because}.${then}`,
  };
}

/** Every conflict note for these answers, given the pick: each consistent with it. */
export function conflictNotes(answers: Answers, top: OsId): ConflictNote[] {
  const notes = TWO_ANSWERS.filter((conflict) => conflict.applies(answers)).map((conflict) =>
    twoAnswersNote(conflict, answers, top),
  );
  const custom = customImagesNote(answers, top);
  return custom ? [...notes, custom] : notes;
}
