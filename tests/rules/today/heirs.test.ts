import {
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

const PRODUCTION = { workload: 'production', rancher: 'no', image: 'distribution' } as const;

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
