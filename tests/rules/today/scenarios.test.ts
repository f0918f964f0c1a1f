import {
  CANDIDATE_IDS,
  InvalidAnswersError,
  recommendToday,
  type Answers,
  type CandidateId,
  type FactId,
  type OsId,
} from '../../../rules';
import {
  AWS_AT_WORK,
  AWS_LOCKED_DOWN,
  CI_PIPELINES,
  PI_HOMELAB,
  PI_WITH_RANCHER,
} from '../../fixtures/answers';

interface PickScenario {
  readonly name: string;
  readonly answers: Answers;
  readonly top: CandidateId;
  /** The facts behind every reason for the pick, strongest first. */
  readonly factsFor: readonly FactId[];
}

const PRODUCTION = { workload: 'production', rancher: 'no', image: 'distribution' } as const;

const PICKS: readonly PickScenario[] = [
  {
    name: 'API-only nodes in a public cloud, a young project welcome',
    answers: {
      ...PRODUCTION,
      platform: 'cloud',
      maturity: 'early',
      access: 'api',
      priority: 'upgrades',
    },
    top: 'talos',
    factsFor: ['talos-api-only', 'talos-upgrade-k8s', 'talos-platforms'],
  },
  {
    name: 'SSH and locked-down hosts in a public cloud, proven projects only',
    answers: {
      ...PRODUCTION,
      platform: 'cloud',
      maturity: 'proven',
      access: 'ssh',
      priority: 'security',
    },
    top: 'flatcar',
    factsFor: ['flatcar-platforms', 'flatcar-cncf', 'flatcar-ssh', 'flatcar-updates'],
  },
  {
    name: 'production on AWS, API only, security first',
    answers: AWS_LOCKED_DOWN,
    top: 'bottlerocket',
    factsFor: ['bottlerocket-aws', 'bottlerocket-access', 'bottlerocket-locked-down'],
  },
  {
    name: 'production on AWS with SSH, upgrades first',
    answers: {
      ...PRODUCTION,
      platform: 'aws',
      maturity: 'proven',
      access: 'ssh',
      priority: 'upgrades',
    },
    top: 'fedora-coreos',
    factsFor: ['fcos-updates', 'fcos-platforms', 'fcos-ssh'],
  },
  {
    name: 'a Raspberry Pi homelab with a small Kubernetes',
    answers: PI_HOMELAB,
    top: 'kairos',
    factsFor: ['kairos-raspberry-pi', 'kairos-k3s', 'kairos-k3s'],
  },
  {
    name: 'Rancher users with machines at the edge',
    answers: {
      ...PRODUCTION,
      platform: 'edge',
      rancher: 'yes',
      maturity: 'proven',
      access: 'ssh',
      priority: 'upgrades',
    },
    top: 'elemental',
    factsFor: ['elemental-rancher', 'elemental-platforms', 'elemental-rancher'],
  },
  {
    name: 'production on AWS with the tools the team knows',
    answers: AWS_AT_WORK,
    top: 'standard-linux',
    factsFor: ['standard-familiar', 'standard-lts', 'standard-everywhere', 'standard-familiar'],
  },
  {
    name: 'short-lived clusters inside CI pipelines',
    answers: CI_PIPELINES,
    top: 'standard-linux',
    factsFor: ['k3s-lightweight', 'k3s-lightweight', 'k3s-lightweight'],
  },
];

describe('today’s pick, named scenarios', () => {
  it.each(PICKS)('$name: $top', ({ answers, top, factsFor }) => {
    const result = recommendToday(answers);
    expect(result.top).toBe(top);
    expect(result.ranking[0]?.reasonsFor.map((r) => r.factId)).toEqual(factsFor);
  });
});

interface HeirScenario {
  readonly name: string;
  readonly answers: Answers;
  readonly articlePick: OsId;
  readonly maintained: boolean;
  readonly heir: CandidateId;
  readonly factIds: readonly FactId[];
  /** How its summary ends: why this heir, for these answers. */
  readonly summaryEnd: string;
}

const HEIRS: readonly HeirScenario[] = [
  {
    name: 'production on AWS with familiar tools',
    answers: AWS_AT_WORK,
    articlePick: 'standard-linux',
    maintained: true,
    heir: 'standard-linux',
    factIds: ['standard-lts', 'standard-kubernetes'],
    summaryEnd: 'Standard distributions are still maintained: the article’s pick is its own heir.',
  },
  {
    name: 'a Raspberry Pi in production where Rancher is used',
    answers: PI_WITH_RANCHER,
    articlePick: 'rancheros',
    maintained: false,
    heir: 'standard-linux',
    factIds: ['rancheros-unmaintained', 'rke2-rancher'],
    summaryEnd:
      'A standard distribution ranks highest for your answers among the maintained heirs of RancherOS.',
  },
  {
    name: 'Rancher users in their own data center',
    answers: { ...PI_WITH_RANCHER, platform: 'bare-metal' },
    articlePick: 'rancheros',
    maintained: false,
    heir: 'elemental',
    factIds: ['rancheros-unmaintained', 'elemental-successor', 'elemental-rancher'],
    summaryEnd:
      'Elemental on SL Micro ranks highest for your answers among the maintained heirs of RancherOS.',
  },
  {
    name: 'a Raspberry Pi homelab',
    answers: PI_HOMELAB,
    articlePick: 'k3os',
    maintained: false,
    heir: 'kairos',
    factIds: ['k3os-archived', 'kairos-k3s'],
    summaryEnd: 'Kairos ranks highest for your answers among the maintained heirs of k3os.',
  },
  {
    name: 'clusters inside CI pipelines',
    answers: CI_PIPELINES,
    articlePick: 'k3os',
    maintained: false,
    heir: 'standard-linux',
    factIds: ['k3os-archived', 'k3s-lightweight'],
    summaryEnd:
      'A standard distribution ranks highest for your answers among the maintained heirs of k3os.',
  },
  {
    name: 'production on AWS, API only (today’s pick is Bottlerocket, the heir still Talos)',
    answers: AWS_LOCKED_DOWN,
    articlePick: 'talos',
    maintained: true,
    heir: 'talos',
    factIds: ['talos-active', 'talos-upgrade-k8s'],
    summaryEnd: 'Talos is actively developed: the article’s pick is its own heir.',
  },
  {
    name: 'their own immutable images for edge devices',
    answers: {
      ...PRODUCTION,
      platform: 'edge',
      kubernetes: 'lightweight',
      maturity: 'early',
      access: 'ssh',
      priority: 'footprint',
      image: 'custom',
    },
    articlePick: 'linuxkit',
    maintained: false,
    heir: 'kairos',
    factIds: ['linuxkit-kubernetes-stale', 'kairos-meta-distribution'],
    summaryEnd: 'Kairos ranks highest for your answers among the maintained heirs of LinuxKit.',
  },
];

describe('the heir of the article’s pick', () => {
  it.each(HEIRS)('$name: $articlePick → $heir', (scenario) => {
    const { summary, ...heir } = recommendToday(scenario.answers).heir;
    expect(heir).toEqual({
      articlePick: scenario.articlePick,
      articlePickMaintained: scenario.maintained,
      heir: scenario.heir,
      factIds: scenario.factIds,
    });
    expect(summary.slice(-scenario.summaryEnd.length)).toBe(scenario.summaryEnd);
  });
});

describe('a tie', () => {
  it('goes to the candidate earlier in CANDIDATE_IDS: Talos before Kairos on a Raspberry Pi', () => {
    const { top, ranking } = recommendToday({ ...PI_HOMELAB, priority: 'security' });
    expect(CANDIDATE_IDS.indexOf('talos')).toBeLessThan(CANDIDATE_IDS.indexOf('kairos'));
    expect(ranking.slice(0, 2).map((r) => [r.candidate, r.score])).toEqual([
      ['talos', 24],
      ['kairos', 24],
    ]);
    expect(top).toBe('talos');
  });
});

describe('invalid answers', () => {
  it.each([
    ['an empty answer set', {}],
    ['a missing answer', { platform: 'ci', rancher: 'no', priority: 'footprint' }],
    ['an unknown value', { ...CI_PIPELINES, priority: 'speed' }],
    ['an answer that does not apply', { ...CI_PIPELINES, workload: 'production' }],
    ['not an object', 'platform=ci'],
  ])('%s throws InvalidAnswersError', (_name, input) => {
    expect(() => recommendToday(input as Answers)).toThrow(InvalidAnswersError);
  });
});
