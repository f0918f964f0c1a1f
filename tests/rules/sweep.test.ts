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
 * The app's ordering of the article's signals, written as a table independent
 * of the weights: the first signal that applies decides the top pick.
 */
function expectedTop(a: Answers): OsId {
  if (a.rancher === 'yes') return 'rancheros';
  if (a.platform === 'ci' || a.workload === 'ci-runners') return 'k3os';
  const provenProduction = a.workload === 'production' && a.maturity === 'proven';
  if (a.image === 'custom' && !provenProduction && a.priority !== 'upgrades') return 'linuxkit';
  const cloudOrDataCenter = ['aws', 'cloud', 'bare-metal'].includes(a.platform ?? '');
  const noSsh = a.access === 'api' || (a.access === 'either' && a.priority === 'security');
  if (cloudOrDataCenter && a.maturity === 'early' && noSsh) return 'talos';
  if (a.platform === 'raspberry-pi' || a.platform === 'edge') {
    return a.kubernetes === 'full' || provenProduction ? 'rancheros' : 'k3os';
  }
  if (a.workload === 'production')
    return a.priority === 'upgrades' ? 'rancheros' : 'standard-linux';
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
    lightweight: {
      upgrades: 'k3os',
      security: 'k3os',
      familiarity: 'standard-linux',
      footprint: 'k3os',
    },
  } as const;
  return byPriority[a.kubernetes ?? 'full'][a.priority];
}

/** How many of the 840 answer sets each outcome is the pick for. */
const PICKS = Object.fromEntries(
  OS_IDS.map((os) => [os, ANSWER_SETS.filter((a) => recommend(a).top === os).length]),
);

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

    // RancherOS's Docker-as-PID-1 caveat travels with it everywhere, its "why not" too (rule 8).
    const rancheros = result.ranking.find((r) => r.os === 'rancheros');
    expect(rancheros?.caveats).toContainEqual(
      expect.objectContaining({ passageId: 'rancheros-docker-pid1' }),
    );
    expect(rancheros?.reasonsAgainst.map((r) => r.passageId)).toContain('rancheros-docker-pid1');

    // Talos is never the Raspberry Pi / edge pick, nor picked over RancherOS for a Rancher user (rules 5, 2).
    if (['raspberry-pi', 'edge'].includes(answers.platform ?? '') || answers.rancher === 'yes')
      expect(result.top).not.toBe('talos');

    // Pure and deterministic.
    expect(recommend(structuredClone(answers))).toEqual(result);
  });

  it(`picks over the 840 sets: ${JSON.stringify(PICKS)}`, () => {
    // Pinned so a change to the weights that moves picks is a deliberate one.
    expect(PICKS).toEqual({
      'standard-linux': 75,
      rancheros: 503,
      k3os: 148,
      talos: 21,
      linuxkit: 93,
      'container-linux': 0,
    });
  });

  it('breaks every tie in the stated order: the earlier in OS_IDS, the more established, first', () => {
    let ties = 0;
    for (const answers of ANSWER_SETS) {
      const { ranking } = recommend(answers);
      ranking.forEach((outcome, i) => {
        const next = ranking[i + 1];
        if (!next || next.blocked !== outcome.blocked || next.score !== outcome.score) return;
        ties += 1;
        expect(OS_IDS.indexOf(outcome.os)).toBeLessThan(OS_IDS.indexOf(next.os));
      });
    }
    expect(ties).toBeGreaterThan(0);
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
