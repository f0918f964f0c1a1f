import {
  OUTCOMES,
  OS_IDS,
  PASSAGES,
  allAnswerSets,
  recommend,
  type OsId,
  type PassageId,
  type Reason,
} from '../../rules';

/**
 * How a passage may be cited: `for` or `against` an outcome, or as the
 * `trade-off` the article names (a benefit of the Kubernetes OSes that a
 * person may not want). Words that make no claim either way are not cited as
 * one: the article's "Does this improve security…? I don't know" is quoted
 * nowhere, and no passage ends on a question without its answer (below).
 */
type Sense = 'for' | 'against' | 'trade-off';

interface Use {
  readonly sense: Sense;
  readonly os: readonly OsId[];
}

const KUBERNETES_OSES: readonly OsId[] = ['rancheros', 'k3os', 'talos', 'linuxkit'];

/** Each passage's senses, read from the article: the test's own table, not the app's. */
const SENSES: { readonly [P in PassageId]: readonly Use[] } = {
  'container-linux-avoid': [{ sense: 'against', os: ['container-linux'] }],
  'container-linux-tectonic': [{ sense: 'against', os: ['container-linux'] }],
  'container-linux-direction': [{ sense: 'against', os: ['container-linux'] }],
  'rancheros-no-brainer': [{ sense: 'for', os: ['rancheros'] }],
  'rancheros-support': [{ sense: 'for', os: ['rancheros'] }],
  'rancheros-docker-pid1': [{ sense: 'against', os: ['rancheros'] }],
  'rancheros-cloud-full-kubernetes': [{ sense: 'for', os: ['rancheros'] }],
  'rancheros-pi-edge-rke': [{ sense: 'for', os: ['rancheros'] }],
  // Managed only over an API: for an API-only team, against one that needs SSH or a shell.
  'talos-grpc': [
    { sense: 'for', os: ['talos'] },
    { sense: 'against', os: ['talos'] },
  ],
  // New and under extremely active development: for a team that accepts a young project, else a caveat.
  'talos-new-project': [
    { sense: 'for', os: ['talos'] },
    { sense: 'against', os: ['talos'] },
  ],
  // A wish that it could one day run in production on clouds and bare metal: not yet, and not elsewhere.
  'talos-production-wish': [{ sense: 'against', os: ['talos'] }],
  'talos-upgrade-operator': [{ sense: 'against', os: ['talos'] }],
  'talos-security': [{ sense: 'for', os: ['talos'] }],
  'talos-watch': [{ sense: 'for', os: ['talos'] }],
  // k3s's scope: for CI, edge and a small Kubernetes; against a need for full Kubernetes.
  'k3os-scope': [
    { sense: 'for', os: ['k3os'] },
    { sense: 'against', os: ['k3os'] },
  ],
  'k3os-gitlab-runner': [{ sense: 'for', os: ['k3os'] }],
  'k3os-raspberry-pi': [{ sense: 'for', os: ['k3os'] }],
  'k3os-ci-edge-conclusion': [{ sense: 'for', os: ['k3os'] }],
  'linuxkit-custom': [{ sense: 'for', os: ['linuxkit'] }],
  'linuxkit-kubernetes-1-10': [{ sense: 'against', os: ['linuxkit'] }],
  'linuxkit-prefer-distribution': [{ sense: 'against', os: ['linuxkit'] }],
  'linuxkit-build-own': [{ sense: 'against', os: ['linuxkit'] }],
  'standard-linux-not-compelling': [{ sense: 'for', os: ['standard-linux'] }],
  // The article counts this as a benefit of the Kubernetes OSes: never support for keeping Yum and Apt.
  'standard-linux-yum-apt': [{ sense: 'trade-off', os: KUBERNETES_OSES }],
  // "An attractive proposition" for those fully committed to Kubernetes: no security claim.
  'immutable-os': [{ sense: 'for', os: ['linuxkit', 'talos', 'k3os'] }],
};

/** The sense in which a reason cites its passage. */
function senseOf(reason: Reason): Sense {
  if (reason.kind === 'for') return 'for';
  return /trade-off/.test(reason.summary) ? 'trade-off' : 'against';
}

const allowed = (passageId: PassageId, sense: Sense, os: OsId) =>
  SENSES[passageId].some((use) => use.sense === sense && use.os.includes(os));

const ANSWER_SETS = allAnswerSets();
const RESULTS = ANSWER_SETS.map((answers) => ({ answers, result: recommend(answers) }));
const REASONS = RESULTS.flatMap(({ result }) =>
  result.ranking.flatMap((o) => [...o.reasonsFor, ...o.reasonsAgainst]),
);

describe('every passage is cited only in its sense, over all 840 answer sets', () => {
  it('every reason cites its passage in an allowed sense for its outcome', () => {
    const misused = REASONS.filter((r) => !allowed(r.passageId, senseOf(r), r.os)).map(
      (r) => `${r.id}: ${senseOf(r)} ${r.os} with ${r.passageId}`,
    );
    expect([...new Set(misused)]).toEqual([]);
  });

  it('cites every passage somewhere: no passage is kept without a use', () => {
    const cited = new Set([
      ...REASONS.map((r) => r.passageId),
      ...OS_IDS.flatMap((os) => [
        OUTCOMES[os].verdict.passageId,
        ...OUTCOMES[os].caveats.map((c) => c.passageId),
      ]),
    ]);
    expect([...cited].sort()).toEqual(Object.keys(PASSAGES).sort());
  });

  it('never quotes a question without the article’s answer to it, nor a security claim it does not make', () => {
    // "Does this improve security…?" alone reads as a claim; the article's answer is "I don't know".
    for (const passage of Object.values(PASSAGES)) expect(passage.text).not.toMatch(/\?$/);
    // The article credits only Talos with a focus on security; no other reason claims security for an outcome.
    for (const r of REASONS.filter((reason) => /secur/i.test(reason.summary)))
      expect([r.os, r.passageId]).toEqual(['talos', 'talos-security']);
  });

  it('cites verdicts and caveats in their sense: verdicts for or against, caveats against', () => {
    for (const os of OS_IDS) {
      const { verdict, caveats } = OUTCOMES[os];
      expect(
        allowed(verdict.passageId, 'for', os) || allowed(verdict.passageId, 'against', os),
      ).toBe(true);
      for (const caveat of caveats) expect(allowed(caveat.passageId, 'against', os)).toBe(true);
    }
  });
});

describe('whose words: the article’s verdict or our reading', () => {
  it('an article-voiced reason attributes its words to the article or its author', () => {
    for (const r of REASONS.filter((reason) => reason.voice === 'article'))
      expect(r.summary).toMatch(/\b(article|author)/i);
  });

  it('puts no words in the author’s mouth', () => {
    const texts = [
      ...REASONS.map((r) => r.summary),
      ...RESULTS.flatMap(({ result }) => result.conflicts.map((c) => c.summary)),
      ...OS_IDS.map((os) => OUTCOMES[os].verdict.label),
    ];
    for (const text of new Set(texts)) {
      expect(text).not.toMatch(
        /runner-up|the pick when|worth trying|in the cloud the author runs/i,
      );
      // The article hedges: "probably a no-brainer".
      if (/no-brainer/i.test(text)) expect(text).toMatch(/probably a no-brainer/i);
    }
  });
});

describe('conflict notes never contradict the pick', () => {
  it.each(RESULTS.map(({ answers, result }) => [JSON.stringify(answers), result] as const))(
    '%s',
    (_label, result) => {
      for (const note of result.conflicts) {
        const [first, second] = note.options;
        expect(note.options).toContain(note.tippedTo);
        // Both sides rest on a passage in its sense.
        expect(allowed(note.passageIds[0], 'for', first)).toBe(true);
        expect(
          allowed(note.passageIds[1], 'for', second) ||
            allowed(note.passageIds[1], 'against', first),
        ).toBe(true);
        if (note.tippedTo === result.top) {
          expect(note.summary).not.toMatch(/would tip/);
        } else {
          // Only a tip the pick overrode may differ from it, and the note says what overrode it.
          expect(note.summary).toMatch(/would tip it to .*, but .*, so the pick is/);
          expect(note.summary).toContain(OUTCOMES[result.top].name);
        }
        if (/ tip it to /.test(note.summary) && !/would tip/.test(note.summary))
          expect(note.tippedTo).toBe(result.top);
      }
    },
  );
});

describe('caveats travel with their outcome wherever it is discussed', () => {
  it('every ranked outcome carries all its caveats, the pick and every "why not" alike', () => {
    for (const { result } of RESULTS)
      for (const outcome of result.ranking)
        expect(outcome.caveats).toEqual(OUTCOMES[outcome.os].caveats);
  });

  it('Docker as PID 1 counts against RancherOS in every answer set (rule 8)', () => {
    for (const { result } of RESULTS) {
      const rancheros = result.ranking.find((o) => o.os === 'rancheros');
      expect(rancheros?.reasonsAgainst.map((r) => r.passageId)).toContain('rancheros-docker-pid1');
    }
  });
});
