import type { QuestionId } from '../../../rules';

/*
 * The interview branches (five to eight questions), so "Question 3 of 7"
 * would change its total mid-way; GOV.UK advises a section name instead.
 * Every branch asks `platform`, `rancher`, `priority` and `image`, so every
 * branch passes through all three parts, in order, and "of 3" never changes.
 */

/** The parts of the interview, in the order they are asked. */
const SECTIONS = ['Your nodes', 'Your setup', 'Your priorities'] as const;

/** The name of a part, e.g. "Your setup". */
type SectionName = (typeof SECTIONS)[number];

/** Which part each question belongs to; `satisfies` makes a new question fail to compile until placed. */
const SECTION_OF = {
  platform: 'Your nodes',
  workload: 'Your nodes',
  rancher: 'Your setup',
  kubernetes: 'Your setup',
  maturity: 'Your setup',
  access: 'Your setup',
  priority: 'Your priorities',
  image: 'Your priorities',
} as const satisfies Record<QuestionId, SectionName>;

/** Where question `id` sits: its part's number (from 1), the number of parts, and the part's name. */
export interface SectionPlace {
  readonly part: number;
  readonly parts: number;
  readonly name: SectionName;
}

/** The part question `id` belongs to. */
export function sectionOf(id: QuestionId): SectionPlace {
  const name = SECTION_OF[id];
  return { part: SECTIONS.indexOf(name) + 1, parts: SECTIONS.length, name };
}

/** "Part 2 of 3: Your setup": the progress line and, with the question, the document title. */
export function sectionText({ part, parts, name }: SectionPlace): string {
  return `Part ${part} of ${parts}: ${name}`;
}
