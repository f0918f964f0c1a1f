import {
  ARTICLE_HEIRS,
  CANDIDATE_IDS,
  FACTS,
  MAINTAINED_NODE_OS,
  allAnswerSets,
  recommend,
  recommendToday,
  type Answers,
  type CandidateId,
} from '../../../rules';

const ANSWER_SETS = allAnswerSets();

/** How often each candidate is today's pick over the whole answer space, most often first. */
function distribution(): string {
  const counts = new Map<CandidateId, number>(CANDIDATE_IDS.map((id) => [id, 0]));
  for (const answers of ANSWER_SETS) {
    const { top } = recommendToday(answers);
    counts.set(top, (counts.get(top) ?? 0) + 1);
  }
  return [...counts]
    .sort((a, b) => b[1] - a[1])
    .map(([id, n]) => `${id} ${n}`)
    .join(', ');
}

const DISTRIBUTION = distribution();

describe(`today's pick over every answer set (${ANSWER_SETS.length}): ${DISTRIBUTION}`, () => {
  it('makes every candidate the pick for some answers', () => {
    console.info(`Today's picks over ${ANSWER_SETS.length} answer sets: ${DISTRIBUTION}`);
    const tops = new Set(ANSWER_SETS.map((a) => recommendToday(a).top));
    expect([...tops].sort()).toEqual([...CANDIDATE_IDS].sort());
  });

  it.each(ANSWER_SETS.map((a) => [JSON.stringify(a), a] as const))('%s', (_label, answers) => {
    const before = structuredClone(answers);
    const result = recommendToday(answers);
    expect(answers).toEqual(before);

    // All seven ranked once; the pick is the first, never blocked, never below a blocked one.
    expect(result.ranking.map((r) => r.candidate).sort()).toEqual([...CANDIDATE_IDS].sort());
    expect(result.ranking.map((r) => r.rank)).toEqual([1, 2, 3, 4, 5, 6, 7]);
    const first = result.ranking[0];
    expect(first?.candidate).toBe(result.top);
    expect(first?.blocked).toBe(false);
    const blocked = result.ranking.map((r) => r.blocked);
    expect(blocked).toEqual([...blocked].sort((x, y) => Number(x) - Number(y)));
    for (const [i, r] of result.ranking.entries()) {
      const next = result.ranking[i + 1];
      if (next && next.blocked === r.blocked) expect(r.score).toBeGreaterThanOrEqual(next.score);
      if (next && next.blocked === r.blocked && next.score === r.score) {
        expect(CANDIDATE_IDS.indexOf(r.candidate)).toBeLessThan(
          CANDIDATE_IDS.indexOf(next.candidate),
        );
      }
    }

    // The one-line why is the pick's strongest reason for it.
    expect(first?.reasonsFor[0]?.summary).toBe(result.why);

    // Every reason belongs to its candidate and rests on a dated, sourced, verified fact.
    for (const r of result.ranking) {
      expect(r.blocked).toBe(r.reasonsAgainst.some((reason) => reason.kind === 'blocking'));
      expect(r.score).toBe(
        [...r.reasonsFor, ...r.reasonsAgainst].reduce((s, x) => s + x.weight, 0),
      );
      for (const reason of [...r.reasonsFor, ...r.reasonsAgainst]) {
        expect(reason.candidate).toBe(r.candidate);
        const fact = FACTS[reason.factId];
        expect(fact.checked).toBe('2026-11');
        expect(fact.verified).toBe(true);
        expect(fact.source.title).not.toBe('');
        expect(fact.source.url).toMatch(/^https:\/\//);
      }
      const kinds = r.reasonsAgainst.map((reason) => reason.kind);
      expect(kinds).toEqual([...kinds].sort((x) => (x === 'blocking' ? -1 : 1)));
    }

    // The heir carries on the article's own pick, is one of its heirs, and is never ruled out.
    const { heir } = result;
    expect(heir.articlePick).toBe(recommend(answers).top);
    expect(heir.articlePickMaintained).toBe(MAINTAINED_NODE_OS[heir.articlePick]);
    expect(ARTICLE_HEIRS[heir.articlePick].heirs).toContain(heir.heir);
    expect(result.ranking.find((r) => r.candidate === heir.heir)?.blocked).toBe(false);
    for (const factId of heir.factIds) expect(FACTS).toHaveProperty(factId);

    // Pure and deterministic.
    expect(recommendToday(structuredClone(answers) as Answers)).toEqual(result);
  });

  it('rules Talos out whenever SSH is wanted, and Flatcar on a Raspberry Pi', () => {
    for (const answers of ANSWER_SETS) {
      const ranking = recommendToday(answers).ranking;
      const blocked = (id: CandidateId) => ranking.find((r) => r.candidate === id)?.blocked;
      if (answers.access === 'ssh') expect(blocked('talos')).toBe(true);
      if (answers.platform === 'raspberry-pi') expect(blocked('flatcar')).toBe(true);
      expect(blocked('elemental')).toBe(answers.rancher === 'no' || answers.platform === 'ci');
      expect(blocked('bottlerocket')).toBe(
        answers.platform !== 'aws' && answers.platform !== 'bare-metal',
      );
    }
  });
});
