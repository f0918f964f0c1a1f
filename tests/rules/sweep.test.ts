import {
  OS_IDS,
  PASSAGES,
  REASON_RULES,
  allAnswerSets,
  recommend,
  type Answers,
  type OsId,
} from '../../rules';

const ANSWER_SETS = allAnswerSets();

/**
 * The article's precedence, written as a table independent of the weights:
 * the most specific situation decides the top pick.
 */
function expectedTop(a: Answers): OsId {
  if (a.image === 'custom') return 'linuxkit';
  const talosFits =
    a.maturity === 'early' &&
    (a.access === 'api' || (a.access === 'either' && a.priority === 'security'));
  if (talosFits) return 'talos';
  if (a.rancher === 'yes') return 'rancheros';
  if (a.platform === 'ci' || a.workload === 'ci-runners') return 'k3os';
  if (a.platform === 'raspberry-pi' || a.platform === 'edge') {
    return a.kubernetes === 'full' ? 'rancheros' : 'k3os';
  }
  if (a.workload === 'production') return 'standard-linux';
  // Experiments in a cloud or data center without Rancher: the article leaves it open;
  // the answers about Kubernetes and priority decide.
  if (!a.priority) throw new Error('complete answer sets always have a priority');
  const byPriority = {
    full: {
      upgrades: 'rancheros',
      security: 'talos',
      familiarity: 'standard-linux',
      footprint: 'rancheros',
    },
    // k3s on familiar Linux: the two tie, and the tie goes to the established option.
    lightweight: {
      upgrades: 'k3os',
      security: 'k3os',
      familiarity: 'standard-linux',
      footprint: 'k3os',
    },
  } as const;
  return byPriority[a.kubernetes ?? 'full'][a.priority];
}

describe(`every valid, complete answer set (${ANSWER_SETS.length} of them)`, () => {
  it('covers the whole answer space', () => {
    expect(ANSWER_SETS).toHaveLength(840);
    expect(new Set(ANSWER_SETS.map((a) => JSON.stringify(a))).size).toBe(ANSWER_SETS.length);
  });

  it.each(ANSWER_SETS.map((a) => [JSON.stringify(a), a] as const))('%s', (_label, answers) => {
    const result = recommend(answers);

    expect(result.ranking.map((r) => r.os).sort()).toEqual([...OS_IDS].sort());
    expect(result.ranking.map((r) => r.rank)).toEqual([1, 2, 3, 4, 5, 6]);
    expect(result.top).toBe(result.ranking[0]?.os);
    expect(result.top).toBe(expectedTop(answers));
    expect(result.top).not.toBe('container-linux');
    if (answers.access === 'ssh') {
      expect(result.top).not.toBe('talos');
      expect(result.ranking.find((r) => r.os === 'talos')?.blocked).toBe(true);
    }

    // Container Linux is always listed, always as "avoid".
    const containerLinux = result.ranking.find((r) => r.os === 'container-linux');
    expect(containerLinux?.blocked).toBe(true);
    expect(containerLinux?.reasonsAgainst[0]?.passageId).toBe('container-linux-avoid');

    // Blocked outcomes come after every other; scores are in order within each group.
    const blocked = result.ranking.map((r) => r.blocked);
    expect(blocked).toEqual([...blocked].sort((x, y) => Number(x) - Number(y)));
    for (const [i, r] of result.ranking.entries()) {
      const next = result.ranking[i + 1];
      if (next && next.blocked === r.blocked) expect(r.score).toBeGreaterThanOrEqual(next.score);
    }

    // Every reason cites a passage that exists, and blocking reasons come first.
    for (const r of result.ranking) {
      for (const reason of [...r.reasonsFor, ...r.reasonsAgainst]) {
        expect(PASSAGES).toHaveProperty(reason.passageId);
        expect(reason.os).toBe(r.os);
      }
      const kinds = r.reasonsAgainst.map((reason) => reason.kind);
      expect(kinds).toEqual([...kinds].sort((x) => (x === 'blocking' ? -1 : 1)));
    }

    // The top pick always has a reason for it, and the one-line why is its strongest.
    expect(result.ranking[0]?.reasonsFor[0]?.summary).toBe(result.why);

    // RancherOS's Docker-as-PID-1 caveat travels with it everywhere (rule 8).
    expect(result.ranking.find((r) => r.os === 'rancheros')?.caveats).toContainEqual(
      expect.objectContaining({ passageId: 'rancheros-docker-pid1' }),
    );

    // Pure and deterministic.
    expect(recommend(structuredClone(answers))).toEqual(result);
  });

  it('reaches every outcome but Container Linux as the top pick', () => {
    const tops = new Set(ANSWER_SETS.map((a) => recommend(a).top));
    expect([...tops].sort()).toEqual(
      ['k3os', 'linuxkit', 'rancheros', 'standard-linux', 'talos'].sort(),
    );
  });

  it('uses every reason in the table for some answer set', () => {
    const used = new Set(
      ANSWER_SETS.flatMap((a) =>
        recommend(a).ranking.flatMap((r) => [...r.reasonsFor, ...r.reasonsAgainst]),
      ).map((r) => r.id),
    );
    expect([...used].sort()).toEqual(REASON_RULES.map((r) => r.id).sort());
  });
});

describe('the reason table', () => {
  it('has unique ids and weights whose sign matches their kind', () => {
    expect(new Set(REASON_RULES.map((r) => r.id)).size).toBe(REASON_RULES.length);
    for (const r of REASON_RULES) {
      if (r.kind === 'for') expect(r.weight).toBeGreaterThan(0);
      if (r.kind === 'against') expect(r.weight).toBeLessThan(0);
      if (r.kind === 'blocking') expect(r.weight).toBe(0);
    }
  });
});
