import {
  ARTICLE,
  OUTCOMES,
  PASSAGES,
  QUESTION_ORDER,
  QUESTIONS,
  optionOf,
  type Answers,
  type PassageId,
  type Recommendation,
} from '../../../rules';
import { statusMarkdown } from './markdownStatus';
import { sameQuoteAs } from './sameQuote';
import { standing } from './standing';

/** What the decision record is built from. */
export interface MarkdownInput {
  readonly answers: Answers;
  readonly recommendation: Recommendation;
  readonly shareUrl: string;
  /** The day of the decision, written as `YYYY-MM-DD`. */
  readonly date: Date;
}

const pad = (n: number) => String(n).padStart(2, '0');

/** `YYYY-MM-DD` in the person's own time zone: the day they made the decision. */
export function isoDay(date: Date): string {
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/** A passage as a Markdown quotation, attributed to the article, indented under a list item. */
function quote(passageId: PassageId, indent = '  '): string {
  return [
    `${indent}> ${PASSAGES[passageId].text}`,
    `${indent}> — “${ARTICLE.title}”, ${ARTICLE.publisher}, ${ARTICLE.year}, <${ARTICLE.url}>`,
  ].join('\n');
}

/**
 * The result as a decision record in Markdown, to paste into a design doc:
 * context (the answers), decision (the pick), reasons quoted with their
 * source, alternatives considered, and the status today with dates and sources.
 */
export function resultMarkdown({ answers, recommendation, shareUrl, date }: MarkdownInput): string {
  const [top, ...others] = recommendation.ranking;
  const name = OUTCOMES[recommendation.top].name;
  const lines: string[] = [
    `# Decision: ${name} for our Kubernetes nodes`,
    '',
    `- Date: ${isoDay(date)}`,
    `- Result: <${shareUrl}>`,
    '',
    '## Context',
    '',
    'Our answers to the K8s OS Advisor:',
    '',
  ];
  for (const id of QUESTION_ORDER) {
    const value = answers[id];
    if (value !== undefined)
      lines.push(`- **${QUESTIONS[id].shortLabel}:** ${optionOf(id, value).label}`);
  }
  lines.push('', '## Decision', '', `We will run **${name}**. ${recommendation.why}`, '');
  if (top) {
    lines.push('## Reasons', '');
    const quotedAt = sameQuoteAs(top.reasonsFor);
    top.reasonsFor.forEach((reason, index) => {
      const earlier = quotedAt[index];
      lines.push(
        `${index + 1}. ${reason.voice === 'ours' ? 'Our reading: ' : ''}${reason.summary}`,
        '',
        earlier === undefined
          ? quote(reason.passageId, '   ')
          : `   (The same passage as reason ${earlier}.)`,
        '',
      );
    });
    for (const caveat of top.caveats)
      lines.push(`- Caveat: ${caveat.summary}`, '', quote(caveat.passageId), '');
  }
  for (const conflict of recommendation.conflicts)
    lines.push(`## ${conflict.heading}`, '', conflict.summary, '');
  if (top) {
    lines.push('## Alternatives considered', '');
    for (const outcome of others) {
      const [strongest] = outcome.reasonsAgainst;
      lines.push(
        `- **${OUTCOMES[outcome.os].name}** (rank ${outcome.rank}, score ${outcome.score}${outcome.blocked ? ', ruled out' : ''}): ${standing(outcome, top)}`,
      );
      if (strongest)
        lines.push(
          `  ${strongest.kind === 'blocking' ? 'Rules it out' : 'Against it'}: ${strongest.voice === 'ours' ? 'Our reading: ' : ''}${strongest.summary}`,
          '',
          quote(strongest.passageId),
        );
      // The article's caveats travel with an outcome wherever it is discussed.
      for (const caveat of outcome.caveats) lines.push('', `  Caveat: ${caveat.summary}`);
      lines.push('');
    }
  }
  lines.push(...statusMarkdown(answers, recommendation.ranking));
  lines.push(
    '## Source',
    '',
    `Reasoning quoted from “${ARTICLE.title}” (${ARTICLE.publisher}, ${ARTICLE.year}): <${ARTICLE.url}>. The status today is not from the article: each fact names its date and source.`,
    '',
  );
  return lines.join('\n');
}
