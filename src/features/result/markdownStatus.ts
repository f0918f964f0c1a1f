import {
  LOCKED_DOWN_ON_AWS,
  OUTCOMES,
  wantsLockedDownOnAws,
  type Alternative,
  type Answers,
  type RankedOutcome,
  type Source,
} from '../../../rules';
import { formatMonth } from '../../components/format';

const link = (source: Source) => `[${source.label}](${source.url})`;

const alternativeLines = (alternatives: readonly Alternative[]) =>
  alternatives.map((a) => `  - ${a.name}: ${a.traits} Source: ${link(a.source)}`);

/** The "Status today" part of the decision record: dated, sourced facts for every outcome. */
export function statusMarkdown(answers: Answers, ranking: readonly RankedOutcome[]): string[] {
  const lines = ['## Status today (not from the article)', ''];
  for (const outcome of ranking) {
    const { name, status } = OUTCOMES[outcome.os];
    lines.push(
      `- **${name}**: ${status.headline} (as of ${formatMonth(status.asOf)}). ${status.facts.join(' ')} Sources: ${status.sources.map(link).join(', ')}`,
    );
    if (status.alternatives.length > 0) {
      lines.push(
        '  Maintained alternatives with the same traits:',
        ...alternativeLines(status.alternatives),
      );
    }
  }
  if (wantsLockedDownOnAws(answers)) {
    lines.push(
      '- **For a locked-down, API-managed node on AWS**, maintained options:',
      ...alternativeLines(LOCKED_DOWN_ON_AWS),
    );
  }
  lines.push('');
  return lines;
}
