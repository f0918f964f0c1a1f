import {
  ARTICLE_HEIRS,
  CANDIDATES,
  CANDIDATE_IDS,
  FACTS,
  MAINTAINED_NODE_OS,
  OS_IDS,
  TODAY_AS_OF,
  factSources,
  todayReasonTable,
  type FactId,
} from '../../../rules';

const FACT_IDS = Object.keys(FACTS) as FactId[];

const REASONS = todayReasonTable();

describe('the facts table', () => {
  it.each(FACT_IDS)('%s is dated, sourced over https and keyed by its id', (id) => {
    const fact = FACTS[id];
    expect(fact.id).toBe(id);
    expect(fact.checked).toBe('2026-11');
    expect(fact.text.length).toBeGreaterThan(20);
    expect(fact.source.title.length).toBeGreaterThan(3);
    expect(new URL(fact.source.url).protocol).toBe('https:');
  });

  it('is as of 2026-11', () => {
    expect(TODAY_AS_OF).toBe('2026-11');
  });

  it('marks unverified exactly what TODAY.md leaves unverified: node access on Elemental', () => {
    expect(FACT_IDS.filter((id) => !FACTS[id].verified)).toEqual(['elemental-access']);
  });

  it('leaves no fact unused by a reason, a candidate or an heir', () => {
    const used = new Set<FactId>([
      ...REASONS.map((r) => r.factId),
      ...Object.values(CANDIDATES).flatMap((c) => c.factIds),
      ...Object.values(ARTICLE_HEIRS).flatMap((h) => h.factIds),
    ]);
    expect([...used].sort()).toEqual([...FACT_IDS].sort());
  });

  it('names each source of a list of facts once, in the order first cited', () => {
    const urlOf = (id: FactId) => FACTS[id].source.url;
    const first = FACT_IDS.find((id) => FACT_IDS.some((o) => o !== id && urlOf(o) === urlOf(id)));
    const sameSource = FACT_IDS.find((id) => id !== first && first && urlOf(id) === urlOf(first));
    const other = FACT_IDS.find((id) => first && urlOf(id) !== urlOf(first));
    if (!first || !sameSource || !other)
      throw new Error('the table no longer has two facts citing one source');
    expect(factSources([other, first, sameSource, other])).toEqual([
      { label: FACTS[other].source.title, url: urlOf(other) },
      { label: FACTS[first].source.title, url: urlOf(first) },
    ]);
  });
});

describe('the reason table', () => {
  it('has unique ids, weights whose sign matches their kind, and facts that exist', () => {
    expect(new Set(REASONS.map((r) => r.id)).size).toBe(REASONS.length);
    for (const r of REASONS) {
      expect(FACTS).toHaveProperty(r.factId);
      if (r.kind === 'for') expect(r.weight).toBeGreaterThan(0);
      if (r.kind === 'against') expect(r.weight).toBeLessThan(0);
      if (r.kind === 'blocking') expect(r.weight).toBe(0);
    }
  });

  it('never rests a reason on an unverified fact', () => {
    expect(REASONS.filter((r) => !FACTS[r.factId].verified)).toEqual([]);
  });
});

describe('the candidates', () => {
  it('are listed once each in the stated tie-break order, most established first', () => {
    expect(CANDIDATE_IDS).toEqual([
      'standard-linux',
      'flatcar',
      'bottlerocket',
      'fedora-coreos',
      'talos',
      'kairos',
      'elemental',
    ]);
    expect([...CANDIDATE_IDS].sort()).toEqual(Object.keys(CANDIDATES).sort());
  });

  it.each(CANDIDATE_IDS)('%s has a name, a summary, a maintainer and known facts', (id) => {
    const candidate = CANDIDATES[id];
    expect(candidate.id).toBe(id);
    expect(candidate.name).not.toBe('');
    expect(candidate.summary).not.toBe('');
    expect(candidate.maintainer).not.toBe('');
    expect(candidate.factIds.length).toBeGreaterThan(0);
    for (const factId of candidate.factIds) expect(FACTS).toHaveProperty(factId);
  });
});

describe('the article’s outcomes today', () => {
  it('counts only Talos and a standard distribution as maintained Kubernetes node systems', () => {
    expect(OS_IDS.filter((os) => MAINTAINED_NODE_OS[os])).toEqual(['standard-linux', 'talos']);
  });

  it('names the heirs of each outcome (TODAY.md, "What became of the article’s five")', () => {
    const heirs = Object.fromEntries(OS_IDS.map((os) => [os, ARTICLE_HEIRS[os].heirs]));
    expect(heirs).toEqual({
      'standard-linux': ['standard-linux'],
      rancheros: ['elemental', 'standard-linux'],
      k3os: ['kairos', 'elemental', 'standard-linux', 'talos'],
      talos: ['talos'],
      linuxkit: ['kairos', 'talos', 'flatcar'],
      'container-linux': ['flatcar', 'fedora-coreos'],
    });
  });

  it.each(OS_IDS)('%s: its heirs come with a summary and facts that exist', (os) => {
    expect(ARTICLE_HEIRS[os].summary).not.toBe('');
    expect(ARTICLE_HEIRS[os].factIds.length).toBeGreaterThan(0);
    for (const factId of ARTICLE_HEIRS[os].factIds) expect(FACTS).toHaveProperty(factId);
  });
});
