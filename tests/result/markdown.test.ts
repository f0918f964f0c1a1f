import {
  ARTICLE,
  CANDIDATES,
  FACTS,
  OUTCOMES,
  PASSAGES,
  allAnswerSets,
  recommend,
  recommendToday,
  type Answers,
} from '../../rules';
import { resultMarkdown } from '../../src/features/result/markdown';
import { AWS_LOCKED_DOWN, PI_HOMELAB, PI_WITH_RANCHER } from './render-result';

const SHARE_URL = 'https://advisor.example/?v=1&platform=raspberry-pi';

function markdownFor(answers: Answers) {
  const recommendation = recommend(answers);
  const today = recommendToday(answers);
  const text = resultMarkdown({
    answers,
    recommendation,
    today,
    shareUrl: SHARE_URL,
    date: new Date(2026, 10, 4),
  });
  return { text, recommendation, today };
}

describe('resultMarkdown', () => {
  it('is a decision record whose decision is today’s pick: title, date, link, context, decision', () => {
    const { text, today } = markdownFor(PI_HOMELAB);
    const name = CANDIDATES[today.top].name;
    expect(text).toMatch(new RegExp(`^# Decision: ${name} for our Kubernetes nodes\\n`));
    expect(text).toContain('- Date: 2026-11-04');
    expect(text).toContain(`- Result: <${SHARE_URL}>`);
    expect(text).toContain('- **Platform:** Raspberry Pi or another small ARM board');
    expect(text).toContain('- **Kubernetes:** A small single-binary Kubernetes is enough');
    expect(text).toContain(`## Decision\n\nWe will run **${name}**. ${today.why}`);
    // The discontinued article pick is history, with what carries it on.
    expect(text).toContain(today.heir.summary);
    expect(text).not.toContain('We will run **k3os**');
  });

  it('never decides on a system that is not maintained, over every answer set', () => {
    const discontinued = Object.values(OUTCOMES)
      .filter((outcome) => !outcome.status.maintained)
      .map((outcome) => outcome.name);
    for (const answers of allAnswerSets().filter((_, index) => index % 7 === 0)) {
      const decision = /We will run \*\*(.+?)\*\*/.exec(markdownFor(answers).text)?.[1];
      expect(discontinued).not.toContain(decision);
      expect(Object.values(CANDIDATES).map((c) => c.name)).toContain(decision);
    }
  });

  it('gives the facts behind the decision with their sources and the month checked', () => {
    const { text, today } = markdownFor(PI_HOMELAB);
    expect(text).toContain(
      '### Facts behind the decision (not from the article; as of November 2026)',
    );
    for (const reason of today.ranking[0]?.reasonsFor ?? []) {
      const fact = FACTS[reason.factId];
      expect(text).toContain(
        `- ${fact.text} Source: [${fact.source.title}](${fact.source.url}), checked November 2026.`,
      );
    }
  });

  it('keeps the article’s reasoning as the history: its pick, reasons quoted, our readings marked', () => {
    const { text, recommendation } = markdownFor(PI_HOMELAB);
    expect(text).toContain('## History: what the 2019 article advised');
    expect(text).toContain('The article’s pick for these answers was **k3os**');
    expect(text.indexOf('## Decision')).toBeLessThan(text.indexOf('## History'));
    for (const reason of recommendation.ranking[0]?.reasonsFor ?? []) {
      expect(text).toContain(
        `- ${reason.voice === 'ours' ? 'Our reading: ' : ''}${reason.summary}`,
      );
    }
    expect(text).toContain(`> ${PASSAGES['k3os-raspberry-pi'].text}`);
    for (const conflict of recommendation.conflicts)
      expect(text).toContain(`### ${conflict.heading}`);
    expect(text).toContain(`“${ARTICLE.title}” (${ARTICLE.publisher}, ${ARTICLE.year})`);
  });

  it('quotes a passage once when several reasons rest on it', () => {
    const { text, recommendation } = markdownFor(PI_WITH_RANCHER);
    const reasons = recommendation.ranking[0]?.reasonsFor ?? [];
    const [first, ...rest] = reasons;
    if (!first) throw new Error('no reasons');
    expect(rest.some((reason) => reason.passageId === first.passageId)).toBe(true);
    expect(text.split(PASSAGES[first.passageId].text)).toHaveLength(2);
    expect(text).toContain('(The same passage, quoted above.)');
  });

  it('lists the caveats of every outcome discussed, and the article’s other options in words', () => {
    const { text, recommendation } = markdownFor(PI_HOMELAB);
    for (const outcome of recommendation.ranking)
      for (const caveat of outcome.caveats)
        expect(text).toContain(`- ${OUTCOMES[outcome.os].name}: ${caveat.summary}`);
    expect(text).toContain('- **Container Linux** (ruled out): Ruled out:');
    expect(text).not.toMatch(/score/i);
  });

  it('ranks the maintained systems considered today and gives the status of the article’s options', () => {
    const { text, today } = markdownFor(AWS_LOCKED_DOWN);
    expect(text).toContain('## Maintained systems considered today');
    for (const ranked of today.ranking)
      expect(text).toContain(`${ranked.rank}. **${CANDIDATES[ranked.candidate].name}**: `);
    expect(text).toContain('## Status today (not from the article)');
    expect(text).toContain('[siderolabs/talos on GitHub](https://github.com/siderolabs/talos)');
  });
});
