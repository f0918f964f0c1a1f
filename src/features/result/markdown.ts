import {
  ARTICLE,
  CANDIDATES,
  OUTCOMES,
  PASSAGES,
  QUESTION_ORDER,
  QUESTIONS,
  answerLabel,
  type Answers,
  type PassageId,
  type Reason,
  type Recommendation,
  type TodayRecommendation,
} from '../../../rules';
import { statusMarkdown } from './markdownStatus';
import { decisionMarkdown, todayRankingMarkdown } from './markdownToday';
import { standing } from './standing';

/** What the decision record is built from. */
interface MarkdownInput {
  readonly answers: Answers;
  readonly recommendation: Recommendation;
  readonly today: TodayRecommendation;
  readonly shareUrl: string;
  /** The day of the decision, written as `YYYY-MM-DD`. */
  readonly date: Date;
}

const pad = (n: number) => String(n).padStart(2, '0');

/** `YYYY-MM-DD` in the person's own time zone: the day they made the decision. */
function isoDay(date: Date): string {
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/** Quotes each passage the first time it comes up; later mentions point back to it. */
function quoter() {
  const quoted = new Set<PassageId>();
  return (passageId: PassageId, indent = '  '): string => {
    if (quoted.has(passageId)) return `${indent}(The same passage, quoted above.)`;
    quoted.add(passageId);
    return `${indent}> ${PASSAGES[passageId].text}`;
  };
}

const voiced = (reason: Reason) =>
  `${reason.voice === 'ours' ? 'Our reading: ' : ''}${reason.summary}`;

/** The article's side, as the history behind the decision: its pick, reasons, conflicts, caveats, others. */
function historyMarkdown(recommendation: Recommendation): string[] {
  const quote = quoter();
  const [top, ...others] = recommendation.ranking;
  if (!top) return [];
  const { name, status } = OUTCOMES[top.os];
  const lines = [
    `## History: what the ${ARTICLE.year} article advised`,
    '',
    `The article’s pick for these answers was **${name}** (today: ${status.headline.toLowerCase()}). ${recommendation.why}`,
    '',
    `Quoted from “${ARTICLE.title}” (${ARTICLE.publisher}, ${ARTICLE.year}), <${ARTICLE.url}>.`,
    '',
  ];
  for (const reason of top.reasonsFor)
    lines.push(`- ${voiced(reason)}`, '', quote(reason.passageId), '');
  for (const conflict of recommendation.conflicts)
    lines.push(`### ${conflict.heading}`, '', conflict.summary, '');
  lines.push('### Caveats the article attaches', '');
  for (const outcome of [top, ...others])
    for (const caveat of outcome.caveats)
      lines.push(
        `- ${OUTCOMES[outcome.os].name}: ${caveat.summary}`,
        '',
        quote(caveat.passageId),
        '',
      );
  lines.push('### The article’s other options', '');
  for (const outcome of others) {
    const outcomeName = OUTCOMES[outcome.os].name;
    lines.push(
      `- **${outcomeName}**${outcome.blocked ? ' (ruled out)' : ''}: ${standing(outcome, top)}`,
    );
    const [strongest] = outcome.reasonsAgainst;
    if (strongest) lines.push('', quote(strongest.passageId));
    lines.push('');
  }
  return lines;
}

/**
 * The result as a decision record in Markdown, to paste into a design doc:
 * context (the answers), the decision (today's pick, always a maintained
 * system, with its dated facts), the article's advice as the history behind
 * it (quotes, our readings marked), the maintained systems considered, and
 * what has become of the article's options.
 */
export function resultMarkdown(input: MarkdownInput): string {
  const { answers, recommendation, today, shareUrl, date } = input;
  const lines: string[] = [
    `# Decision: ${CANDIDATES[today.top].name} for our Kubernetes nodes`,
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
      lines.push(`- **${QUESTIONS[id].shortLabel}:** ${answerLabel(id, value)}`);
  }
  lines.push('', ...decisionMarkdown(today), ...historyMarkdown(recommendation));
  lines.push(...todayRankingMarkdown(today), ...statusMarkdown(answers, recommendation.ranking));
  lines.push(
    '## Sources',
    '',
    `The history quotes “${ARTICLE.title}” (${ARTICLE.publisher}, ${ARTICLE.year}): <${ARTICLE.url}>. The decision and the status today are not from the article: each fact names its source and the month it was checked.`,
    '',
  );
  return lines.join('\n');
}
