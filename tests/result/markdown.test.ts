import { ARTICLE, OUTCOMES, PASSAGES, recommend, type Answers } from '../../rules';
import { resultMarkdown } from '../../src/features/result/markdown';
import { AWS_AT_WORK } from '../fixtures/answers';
import { AWS_LOCKED_DOWN, PI_HOMELAB, PI_WITH_RANCHER } from './render-result';

const SHARE_URL = 'https://advisor.example/?v=1&platform=raspberry-pi';

function markdownFor(answers: Answers) {
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
    const reasons = recommendation.ranking[0]?.reasonsFor ?? [];
    reasons.forEach((reason, index) => {
      const first = reasons.findIndex((r) => r.passageId === reason.passageId);
      const item = `${index + 1}. ${reason.voice === 'ours' ? 'Our reading: ' : ''}${reason.summary}\n\n   `;
      expect(text).toContain(
        first < index
          ? `${item}(The same passage as reason ${first + 1}.)`
          : `${item}> ${PASSAGES[reason.passageId].text}\n   > — “${ARTICLE.title}”, ${ARTICLE.publisher}, ${ARTICLE.year}, <${ARTICLE.url}>`,
      );
    });
    expect(text).toContain('## The article names two answers for a Raspberry Pi or edge devices');
    expect(text).toContain(`## Source\n\nReasoning quoted from “${ARTICLE.title}”`);
  });

  it('quotes a passage once when several reasons rest on it', () => {
    const { text, recommendation } = markdownFor(PI_WITH_RANCHER);
    const reasons = recommendation.ranking[0]?.reasonsFor ?? [];
    const [first, ...rest] = reasons;
    if (!first) throw new Error('no reasons');
    expect(text.split(PASSAGES[first.passageId].text)).toHaveLength(2);
    rest.forEach((reason, index) => {
      if (reason.passageId === first.passageId)
        expect(text).toContain(
          `${index + 2}. ${reason.voice === 'ours' ? 'Our reading: ' : ''}${reason.summary}\n\n   (The same passage as reason 1.)`,
        );
    });
    expect(rest.some((reason) => reason.passageId === first.passageId)).toBe(true);
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

  it('gives every alternative its caveats, as under the pick', () => {
    const { text, recommendation } = markdownFor(AWS_AT_WORK);
    const alternatives = text.slice(text.indexOf('## Alternatives considered'));
    for (const outcome of recommendation.ranking.slice(1))
      for (const caveat of outcome.caveats)
        expect(alternatives).toContain(`  Caveat: ${caveat.summary}`);
    expect(alternatives).toContain(`  Caveat: ${OUTCOMES.rancheros.caveats[0]?.summary}`);
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
