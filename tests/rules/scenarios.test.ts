import { recommend, type Answers, type OsId, type PassageId } from '../../rules';
import { AWS_AT_WORK, PI_HOMELAB } from '../fixtures/answers';

interface Scenario {
  readonly name: string;
  readonly rule: number;
  readonly answers: Answers;
  readonly top: OsId;
  /** The passage that justifies the top pick: the cited source of its strongest reason. */
  readonly passage: PassageId;
}

const SCENARIOS: readonly Scenario[] = [
  {
    name: 'production on AWS, no Rancher, proven, SSH, familiarity',
    rule: 6,
    answers: AWS_AT_WORK,
    top: 'standard-linux',
    passage: 'standard-linux-not-compelling',
  },
  {
    name: 'already on Rancher in their own data center',
    rule: 2,
    answers: {
      platform: 'bare-metal',
      workload: 'production',
      rancher: 'yes',
      maturity: 'proven',
      access: 'ssh',
      priority: 'upgrades',
      image: 'distribution',
    },
    top: 'rancheros',
    passage: 'rancheros-no-brainer',
  },
  {
    name: 'building their own immutable images',
    rule: 3,
    answers: {
      platform: 'cloud',
      workload: 'production',
      rancher: 'no',
      maturity: 'proven',
      access: 'either',
      priority: 'security',
      image: 'custom',
    },
    top: 'linuxkit',
    passage: 'linuxkit-custom',
  },
  {
    name: 'short-lived clusters inside CI pipelines',
    rule: 4,
    answers: {
      platform: 'ci',
      rancher: 'no',
      kubernetes: 'lightweight',
      priority: 'footprint',
      image: 'distribution',
    },
    top: 'k3os',
    passage: 'k3os-scope',
  },
  {
    name: 'private GitLab runners in the cloud',
    rule: 4,
    answers: {
      platform: 'cloud',
      workload: 'ci-runners',
      rancher: 'no',
      kubernetes: 'lightweight',
      priority: 'upgrades',
      image: 'distribution',
    },
    top: 'k3os',
    passage: 'k3os-gitlab-runner',
  },
  {
    name: 'Raspberry Pi homelab, k3s is enough',
    rule: 5,
    answers: PI_HOMELAB,
    top: 'k3os',
    passage: 'k3os-raspberry-pi',
  },
  {
    name: 'edge sites that need full Kubernetes',
    rule: 5,
    answers: {
      platform: 'edge',
      workload: 'production',
      rancher: 'no',
      kubernetes: 'full',
      maturity: 'proven',
      access: 'ssh',
      priority: 'upgrades',
      image: 'distribution',
    },
    top: 'rancheros',
    passage: 'rancheros-pi-edge-rke',
  },
  {
    name: 'API-only production on AWS, young project accepted',
    rule: 7,
    answers: {
      platform: 'aws',
      workload: 'production',
      rancher: 'no',
      maturity: 'early',
      access: 'api',
      priority: 'upgrades',
      image: 'distribution',
    },
    top: 'talos',
    passage: 'talos-grpc',
  },
  {
    name: 'security first in the data center, no access preference, young project accepted',
    rule: 7,
    answers: {
      platform: 'bare-metal',
      workload: 'production',
      rancher: 'no',
      maturity: 'early',
      access: 'either',
      priority: 'security',
      image: 'distribution',
    },
    top: 'talos',
    passage: 'talos-grpc',
  },
  {
    name: 'security first but SSH needed: Talos is ruled out',
    rule: 7,
    answers: {
      platform: 'cloud',
      workload: 'production',
      rancher: 'no',
      maturity: 'early',
      access: 'ssh',
      priority: 'security',
      image: 'distribution',
    },
    top: 'standard-linux',
    passage: 'standard-linux-not-compelling',
  },
  {
    name: 'experiments in the cloud, upgrades first, full Kubernetes',
    rule: 9,
    answers: {
      platform: 'aws',
      workload: 'experiments',
      rancher: 'no',
      kubernetes: 'full',
      priority: 'upgrades',
      image: 'distribution',
    },
    top: 'rancheros',
    passage: 'rancheros-cloud-full-kubernetes',
  },
  {
    name: 'experiments in the cloud, security first, full Kubernetes',
    rule: 9,
    answers: {
      platform: 'cloud',
      workload: 'experiments',
      rancher: 'no',
      kubernetes: 'full',
      priority: 'security',
      image: 'distribution',
    },
    top: 'talos',
    passage: 'talos-security',
  },
  {
    name: 'Rancher shop running CI runners on a Raspberry Pi',
    rule: 2,
    answers: {
      platform: 'raspberry-pi',
      workload: 'ci-runners',
      rancher: 'yes',
      priority: 'familiarity',
      image: 'distribution',
    },
    top: 'rancheros',
    passage: 'rancheros-no-brainer',
  },
];

describe('named scenarios', () => {
  it.each(SCENARIOS)('$name → $top (rule $rule)', ({ answers, top, passage }) => {
    const result = recommend(answers);
    expect(result.top).toBe(top);
    expect(result.ranking[0]?.reasonsFor[0]?.passageId).toBe(passage);
    expect(result.why).toBe(result.ranking[0]?.reasonsFor[0]?.summary);
  });

  it('covers every rule of the article that can decide a top pick', () => {
    expect(new Set(SCENARIOS.map((s) => s.rule))).toEqual(new Set([2, 3, 4, 5, 6, 7, 9]));
  });
});

describe('rule by rule', () => {
  it('rule 1: Container Linux is listed last, as "avoid", with the reasons why', () => {
    const containerLinux = recommend(AWS_AT_WORK).ranking.at(-1);
    expect(containerLinux).toMatchObject({ os: 'container-linux', blocked: true, rank: 6 });
    expect(containerLinux?.reasonsAgainst.map((r) => [r.kind, r.passageId])).toEqual([
      ['blocking', 'container-linux-avoid'],
      ['against', 'container-linux-tectonic'],
      ['against', 'container-linux-direction'],
    ]);
  });

  it('rule 6: in production in the cloud RancherOS is the runner-up and Talos one to watch', () => {
    const ranking = recommend({ ...AWS_AT_WORK, access: 'either' }).ranking;
    expect(ranking.map((r) => r.os).slice(0, 2)).toEqual(['standard-linux', 'rancheros']);
    expect(ranking.find((r) => r.os === 'rancheros')?.reasonsFor.map((r) => r.passageId)).toContain(
      'rancheros-cloud-full-kubernetes',
    );
    expect(ranking.find((r) => r.os === 'talos')?.reasonsFor.map((r) => r.passageId)).toContain(
      'talos-watch',
    );
  });

  it('rule 7: SSH rules Talos out, named as blocking', () => {
    const talos = recommend(AWS_AT_WORK).ranking.find((r) => r.os === 'talos');
    expect(talos?.blocked).toBe(true);
    expect(talos?.reasonsAgainst[0]).toMatchObject({ kind: 'blocking', passageId: 'talos-grpc' });
  });

  it('rule 8: RancherOS always carries its Docker-as-PID-1 caveat', () => {
    const rancheros = recommend(AWS_AT_WORK).ranking.find((r) => r.os === 'rancheros');
    expect(rancheros?.caveats.map((c) => c.passageId)).toEqual(['rancheros-docker-pid1']);
  });

  it('rule 5: a Raspberry Pi answer names both options and says which way it tips', () => {
    expect(recommend(PI_HOMELAB).conflicts).toEqual([
      {
        id: 'pi-edge',
        heading: 'The article names two answers for a Raspberry Pi or edge devices',
        options: ['k3os', 'rancheros'],
        passageIds: ['k3os-raspberry-pi', 'rancheros-pi-edge-rke'],
        tippedTo: 'k3os',
        summary:
          'The article names two options for a Raspberry Pi or edge devices: k3os in its k3os section and RancherOS in its conclusion. Your answers tip it to k3os: a small single-binary Kubernetes is enough for you.',
      },
    ]);
    const full = recommend({ ...PI_HOMELAB, kubernetes: 'full' });
    expect(full.top).toBe('rancheros');
    expect(full.conflicts[0]?.tippedTo).toBe('rancheros');
    expect(recommend(AWS_AT_WORK).conflicts).toEqual([]);
  });

  it('rule 9: the priority shifts the balance where the article gives grounds', () => {
    const score = (priority: NonNullable<Answers['priority']>, os: OsId) =>
      recommend({ ...AWS_AT_WORK, access: 'either', priority }).ranking.find((r) => r.os === os)
        ?.score ?? Number.NaN;
    // Upgrades: RKE keeps RancherOS current; Talos had no upgrade operator; LinuxKit baked in 1.10.
    expect(score('upgrades', 'rancheros')).toBeGreaterThan(score('security', 'rancheros'));
    expect(score('upgrades', 'talos')).toBeLessThan(score('security', 'talos'));
    expect(score('upgrades', 'linuxkit')).toBeLessThan(score('security', 'linuxkit'));
    // Security: the minimal-OS argument, and Talos's focus on it.
    expect(score('security', 'talos')).toBeGreaterThan(score('familiarity', 'talos'));
    expect(score('security', 'standard-linux')).toBeLessThan(
      score('familiarity', 'standard-linux'),
    );
    // Familiarity: no need to leave yum and apt.
    expect(score('familiarity', 'standard-linux')).toBeGreaterThan(
      score('footprint', 'standard-linux'),
    );
    // Footprint: k3s is a small single binary.
    expect(score('footprint', 'k3os')).toBeGreaterThan(score('upgrades', 'k3os'));
  });

  it('breaks ties in the stated order: the more established option first', () => {
    // Experiments in the cloud, k3s enough, familiarity first: standard Linux and k3os score the same.
    const result = recommend({
      platform: 'aws',
      workload: 'experiments',
      rancher: 'no',
      kubernetes: 'lightweight',
      priority: 'familiarity',
      image: 'distribution',
    });
    const [first, second] = result.ranking;
    expect(first?.score).toBe(second?.score);
    expect([first?.os, second?.os]).toEqual(['standard-linux', 'k3os']);
  });
});
