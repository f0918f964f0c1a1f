import { recommend, type Answers, type ConflictId, type OsId, type PassageId } from '../../rules';
import {
  AWS_AT_WORK,
  CI_CUSTOM_IMAGES,
  CI_PIPELINES,
  EDGE_EARLY_API,
  PI_HOMELAB,
  PROVEN_CUSTOM_IMAGES,
  RANCHER_CUSTOM_IMAGES,
  RANCHER_EARLY_API_CLOUD,
} from '../fixtures/answers';

interface Scenario {
  readonly name: string;
  readonly rule: number;
  readonly answers: Answers;
  readonly top: OsId;
  /** The passage that justifies the top pick: the cited source of its strongest reason. */
  readonly passage: PassageId;
  /** The conflict notes shown, in order. */
  readonly conflicts: readonly ConflictId[];
}

const SCENARIOS: readonly Scenario[] = [
  {
    name: 'production on AWS, no Rancher, proven, SSH, familiarity',
    rule: 6,
    answers: AWS_AT_WORK,
    top: 'standard-linux',
    passage: 'standard-linux-not-compelling',
    conflicts: ['cloud-production'],
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
    conflicts: [],
  },
  {
    name: 'building their own immutable images, young project accepted, SSH wanted',
    rule: 3,
    answers: {
      platform: 'cloud',
      workload: 'production',
      rancher: 'no',
      maturity: 'early',
      access: 'ssh',
      priority: 'security',
      image: 'custom',
    },
    top: 'linuxkit',
    passage: 'linuxkit-custom',
    conflicts: ['cloud-production'],
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
    conflicts: [],
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
    passage: 'k3os-ci-edge-conclusion',
    conflicts: [],
  },
  {
    name: 'Raspberry Pi homelab, k3s is enough',
    rule: 5,
    answers: PI_HOMELAB,
    top: 'k3os',
    passage: 'k3os-raspberry-pi',
    conflicts: ['pi-edge'],
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
    conflicts: ['pi-edge'],
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
    conflicts: ['cloud-production'],
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
    conflicts: ['cloud-production'],
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
    conflicts: ['cloud-production'],
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
    conflicts: [],
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
    conflicts: [],
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
    conflicts: ['pi-edge'],
  },
  {
    name: 'production in the cloud, upgrades first: the article’s k3os section over its conclusion',
    rule: 6,
    answers: { ...AWS_AT_WORK, priority: 'upgrades' },
    top: 'rancheros',
    passage: 'rancheros-cloud-full-kubernetes',
    conflicts: ['cloud-production'],
  },

  // Where two of the article's signals conflict, the stronger wins (issue 9).
  {
    name: 'conflict: already on Rancher, building their own images',
    rule: 2,
    answers: RANCHER_CUSTOM_IMAGES,
    top: 'rancheros',
    passage: 'rancheros-no-brainer',
    conflicts: ['custom-images'],
  },
  {
    name: 'conflict: proven-only production, building their own images',
    rule: 6,
    answers: PROVEN_CUSTOM_IMAGES,
    top: 'standard-linux',
    passage: 'standard-linux-not-compelling',
    conflicts: ['cloud-production', 'custom-images'],
  },
  {
    name: 'conflict: CI runners, building their own images',
    rule: 4,
    answers: CI_CUSTOM_IMAGES,
    top: 'k3os',
    passage: 'k3os-ci-edge-conclusion',
    conflicts: ['custom-images'],
  },
  {
    name: 'conflict: edge devices, young project, API only',
    rule: 5,
    answers: EDGE_EARLY_API,
    top: 'k3os',
    passage: 'k3os-raspberry-pi',
    conflicts: ['pi-edge'],
  },
  {
    name: 'conflict: Raspberry Pi, young project, API only, full Kubernetes',
    rule: 5,
    answers: { ...EDGE_EARLY_API, platform: 'raspberry-pi', kubernetes: 'full' },
    top: 'rancheros',
    passage: 'rancheros-pi-edge-rke',
    conflicts: ['pi-edge'],
  },
  {
    name: 'conflict: Rancher users in the cloud, young project, API only',
    rule: 2,
    answers: RANCHER_EARLY_API_CLOUD,
    top: 'rancheros',
    passage: 'rancheros-no-brainer',
    conflicts: [],
  },
  {
    name: 'conflict: building their own images, upgrades first, on a Raspberry Pi',
    rule: 5,
    answers: { ...PI_HOMELAB, priority: 'upgrades', image: 'custom' },
    top: 'k3os',
    passage: 'k3os-raspberry-pi',
    conflicts: ['pi-edge', 'custom-images'],
  },
];

describe('named scenarios', () => {
  it.each(SCENARIOS)('$name → $top (rule $rule)', ({ answers, top, passage, conflicts }) => {
    const result = recommend(answers);
    expect(result.top).toBe(top);
    expect(result.ranking[0]?.reasonsFor[0]?.passageId).toBe(passage);
    expect(result.why).toBe(result.ranking[0]?.reasonsFor[0]?.summary);
    expect(result.conflicts.map((c) => c.id)).toEqual(conflicts);
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

  it('rule 6: production in the cloud names both of the article’s answers, and Talos one to watch', () => {
    const result = recommend({ ...AWS_AT_WORK, access: 'either' });
    expect(result.conflicts).toEqual([
      {
        id: 'cloud-production',
        heading: 'The article names two answers for production in the cloud',
        options: ['standard-linux', 'rancheros'],
        passageIds: ['standard-linux-not-compelling', 'rancheros-cloud-full-kubernetes'],
        tippedTo: 'standard-linux',
        summary:
          'For production in the cloud the article contradicts itself: its conclusion keeps a standard Linux distribution, while its k3os section says the author would go with RancherOS. Your answers tip it to a standard Linux distribution: nothing in your answers puts upgrades first, so we follow the article’s conclusion.',
      },
    ]);
    const rancheros = result.ranking.find((r) => r.os === 'rancheros');
    expect(rancheros?.reasonsFor.map((r) => [r.passageId, r.voice])).toContainEqual([
      'rancheros-cloud-full-kubernetes',
      'article',
    ]);
    expect(JSON.stringify(result)).not.toMatch(/runner-up/i);
    expect(
      result.ranking.find((r) => r.os === 'talos')?.reasonsFor.map((r) => r.passageId),
    ).toContain('talos-watch');
  });

  it('rule 6: in a data center the note says it reads the article’s cloud answer as covering it', () => {
    const [note] = recommend({ ...AWS_AT_WORK, platform: 'bare-metal' }).conflicts;
    expect(note?.summary).toMatch(
      /^For production in the cloud \(we read your own data center the same way\) the article contradicts itself/,
    );
  });

  it('rule 6: Talos leading in the cloud says what overrode the tip', () => {
    const result = recommend({ ...AWS_AT_WORK, maturity: 'early', access: 'api' });
    expect(result.top).toBe('talos');
    expect(result.conflicts[0]?.summary).toMatch(
      /Your answers would tip it to a standard Linux distribution \(.*\), but you accept a young project and need no SSH, which is where Talos leads, so the pick is Talos\.$/,
    );
  });

  it('rule 3: a signal that outweighs building your own images is named with its passage', () => {
    expect(recommend(PROVEN_CUSTOM_IMAGES).conflicts[1]).toEqual({
      id: 'custom-images',
      heading: 'Building your own images points to LinuxKit, but another answer weighs more',
      options: ['linuxkit', 'standard-linux'],
      passageIds: ['linuxkit-custom', 'linuxkit-prefer-distribution'],
      tippedTo: 'standard-linux',
      summary:
        'You build your own OS images, which points to LinuxKit, but you want only production-ready projects, and the article calls LinuxKit a cool proof of concept. Your other answers then decide: a standard Linux distribution.',
    });
    const linuxkit = recommend(PROVEN_CUSTOM_IMAGES).ranking.find((r) => r.os === 'linuxkit');
    expect(linuxkit?.reasonsAgainst[0]?.passageId).toBe('linuxkit-prefer-distribution');
  });

  it('rule 7: SSH rules Talos out, named as blocking', () => {
    const talos = recommend(AWS_AT_WORK).ranking.find((r) => r.os === 'talos');
    expect(talos?.blocked).toBe(true);
    expect(talos?.reasonsAgainst[0]).toMatchObject({ kind: 'blocking', passageId: 'talos-grpc' });
  });

  it('rule 8: RancherOS always carries its Docker-as-PID-1 caveat, its "why not" too', () => {
    const rancheros = recommend(AWS_AT_WORK).ranking.find((r) => r.os === 'rancheros');
    expect(rancheros?.caveats.map((c) => c.passageId)).toEqual(['rancheros-docker-pid1']);
    expect(rancheros?.reasonsAgainst.map((r) => r.passageId)).toContain('rancheros-docker-pid1');
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
          'The article names two options for Kubernetes on a Raspberry Pi or edge devices: k3os in its k3os section and RancherOS in its conclusion. Your answers tip it to k3os: a small single-binary Kubernetes is enough for you.',
      },
    ]);
    const full = recommend({ ...PI_HOMELAB, kubernetes: 'full' });
    expect(full.top).toBe('rancheros');
    expect(full.conflicts[0]?.tippedTo).toBe('rancheros');
    expect(recommend({ ...PI_HOMELAB, image: 'custom' }).conflicts[0]?.summary).toMatch(
      /Your answers would tip it to k3os \(.*\), but you build your own OS images, which is what LinuxKit does, so the pick is LinuxKit\.$/,
    );
    expect(recommend(CI_PIPELINES).conflicts).toEqual([]);
  });

  it('rule 9: the priority shifts the balance where the article gives grounds', () => {
    const score = (priority: NonNullable<Answers['priority']>, os: OsId) =>
      recommend({ ...AWS_AT_WORK, access: 'either', priority }).ranking.find((r) => r.os === os)
        ?.score ?? Number.NaN;
    // Upgrades: RKE keeps RancherOS current; Talos had no upgrade operator; LinuxKit baked in 1.10.
    expect(score('upgrades', 'rancheros')).toBeGreaterThan(score('security', 'rancheros'));
    expect(score('upgrades', 'talos')).toBeLessThan(score('security', 'talos'));
    expect(score('upgrades', 'linuxkit')).toBeLessThan(score('security', 'linuxkit'));
    // Security: Talos's "strong focus on security" (the article makes no claim that a minimal OS is more secure).
    expect(score('security', 'talos')).toBeGreaterThan(score('familiarity', 'talos'));
    expect(score('security', 'standard-linux')).toBeLessThan(
      score('familiarity', 'standard-linux'),
    );
    // Familiarity: the distribution the author kept at work; the Kubernetes OSes trade Yum and Apt away.
    expect(score('familiarity', 'standard-linux')).toBeGreaterThan(
      score('footprint', 'standard-linux'),
    );
    // Footprint: k3s is a small single binary.
    expect(score('footprint', 'k3os')).toBeGreaterThan(score('upgrades', 'k3os'));
  });

  it('breaks ties in the stated order: the more established option first', () => {
    // Experiments in the cloud, full Kubernetes, footprint first: nothing counts for or against
    // a standard distribution or Talos, so they tie at 0 behind RancherOS.
    const result = recommend({
      platform: 'aws',
      workload: 'experiments',
      rancher: 'no',
      kubernetes: 'full',
      priority: 'footprint',
      image: 'distribution',
    });
    const [, second, third] = result.ranking;
    expect([second?.score, third?.score]).toEqual([0, 0]);
    expect([second?.os, third?.os]).toEqual(['standard-linux', 'talos']);
  });
});
