import { ARTICLE, OUTCOMES, PASSAGES, recommend } from '../../rules';
import { resultMarkdown } from '../../src/features/result/markdown';
import { AWS_LOCKED_DOWN, PI_HOMELAB } from './render-result';

const SHARE_URL = 'https://advisor.example/?v=1&platform=raspberry-pi';

function markdownFor(answers: typeof PI_HOMELAB | typeof AWS_LOCKED_DOWN) {
  const recommendation = recommend(answers);
  const text = resultMarkdown({
    answers,
    recommendation,
    shareUrl: SHARE_URL,
    date: new Date(2026, 10, 4),
  });
  return { text, recommendation };
}

describe('resultMarkdown', () => {
  it('is a decision record: title, date, link, context, decision', () => {
    const { text, recommendation } = markdownFor(PI_HOMELAB);
    expect(text).toMatch(/^# Decision: k3os for our Kubernetes nodes\n/);
    expect(text).toContain('- Date: 2026-11-04');
    expect(text).toContain(`- Result: <${SHARE_URL}>`);
    expect(text).toContain('## Context');
    expect(text).toContain('- **Platform:** Raspberry Pi or another small ARM board');
    expect(text).toContain('- **Kubernetes:** A small single-binary Kubernetes is enough');
    expect(text).toContain(`## Decision\n\nWe will run **k3os**. ${recommendation.why}`);
  });

  it('quotes every reason with its source', () => {
    const { text, recommendation } = markdownFor(PI_HOMELAB);
    for (const reason of recommendation.ranking[0]?.reasonsFor ?? []) {
      expect(text).toContain(
        `- ${reason.summary}\n\n  > ${PASSAGES[reason.passageId].text}\n  > — “${ARTICLE.title}”, ${ARTICLE.publisher}, ${ARTICLE.year}, <${ARTICLE.url}>`,
      );
    }
    expect(text).toContain('## The article names two answers');
    expect(text).toContain(`## Source\n\nReasoning quoted from “${ARTICLE.title}”`);
  });

  it('lists the alternatives considered, each with its rank and score', () => {
    const { text, recommendation } = markdownFor(PI_HOMELAB);
    for (const outcome of recommendation.ranking.slice(1)) {
      expect(text).toContain(
        `- **${OUTCOMES[outcome.os].name}** (rank ${outcome.rank}, score ${outcome.score}`,
      );
    }
    expect(text).toContain('**Container Linux** (rank 6, score -5, ruled out)');
  });

  it('gives the status today with dates and sources, marked as not from the article', () => {
    const { text } = markdownFor(AWS_LOCKED_DOWN);
    expect(text).toContain('## Status today (not from the article)');
    expect(text).toContain('- **Talos**: Actively developed by Sidero Labs (as of November 2026).');
    expect(text).toContain('[siderolabs/talos on GitHub](https://github.com/siderolabs/talos)');
    expect(text).toContain('- **For a locked-down, API-managed node on AWS**, maintained options:');
    expect(text).toContain('  - Bottlerocket: ');
  });
});
