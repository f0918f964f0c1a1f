import {
  CANDIDATES,
  FACTS,
  TODAY_AS_OF,
  type FactId,
  type TodayRecommendation,
} from '../../../rules';
import { formatMonth } from '../../components/format';

/** A fact as a Markdown line: its text, its source linked, and the month it was checked. */
function factLine(id: FactId): string {
  const fact = FACTS[id];
  return `- ${fact.text} Source: [${fact.source.title}](${fact.source.url}), checked ${formatMonth(fact.checked)}.`;
}

/** The facts behind today's pick and the heir, each once, in the order first cited. */
function factsBehind(today: TodayRecommendation): FactId[] {
  const [top] = today.ranking;
  const ids = [
    ...(top?.reasonsFor.map((reason) => reason.factId) ?? []),
    ...(top?.reasonsAgainst.map((reason) => reason.factId) ?? []),
    ...(today.heir.articlePickMaintained ? [] : today.heir.factIds),
  ];
  return [...new Set(ids)];
}

/**
 * The decision of the record: today's pick, never a discontinued system,
 * with why, what carries on the article's pick, and the facts behind it.
 */
export function decisionMarkdown(today: TodayRecommendation): string[] {
  const name = CANDIDATES[today.top].name;
  const [top] = today.ranking;
  const lines = ['## Decision', '', `We will run **${name}**. ${today.why}`, ''];
  if (!today.heir.articlePickMaintained) lines.push(today.heir.summary, '');
  if (top && top.reasonsFor.length > 1) {
    lines.push('Our reasons, from facts gathered since the article:', '');
    for (const reason of top.reasonsFor) lines.push(`- ${reason.summary}`);
    for (const reason of top.reasonsAgainst) lines.push(`- Against it: ${reason.summary}`);
    lines.push('');
  }
  lines.push(
    `### Facts behind the decision (not from the article; as of ${formatMonth(TODAY_AS_OF)})`,
    '',
    ...factsBehind(today).map(factLine),
    '',
  );
  return lines;
}

/** Today's ranking of the maintained systems, in words: rank, name, and what rules one out. */
export function todayRankingMarkdown(today: TodayRecommendation): string[] {
  const lines = ['## Maintained systems considered today', ''];
  for (const ranked of today.ranking) {
    const [blocking] = ranked.reasonsAgainst.filter((reason) => reason.kind === 'blocking');
    const [strongest] = ranked.reasonsFor;
    const why = blocking
      ? `ruled out: ${blocking.summary}`
      : ranked.rank === 1
        ? 'our pick'
        : (strongest?.summary ?? 'fewer reasons point to it');
    lines.push(`${ranked.rank}. **${CANDIDATES[ranked.candidate].name}**: ${why}`);
  }
  lines.push('');
  return lines;
}
