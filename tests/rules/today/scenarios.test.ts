import {
  CANDIDATE_IDS,
  InvalidAnswersError,
  recommendToday,
  type Answers,
  type CandidateId,
  type FactId,
} from '../../../rules';
import { AWS_AT_WORK, AWS_LOCKED_DOWN, CI_PIPELINES, PI_HOMELAB } from '../../fixtures/answers';

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
