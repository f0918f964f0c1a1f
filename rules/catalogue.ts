import type { OptionValue, QuestionId } from './questions';

/*
 * The words of every question, as the person sees them: prompts, hints,
 * option labels, the error shown when nothing is chosen, the hidden text of
 * its Change button, and the short words of a default scenario name. The one
 * wording table: the wizard, the result, share messages and comparisons all
 * read it. Ids and values (the share-URL contract) are in questions.ts.
 */

/** One choice of a question, as the person sees it. */
export interface QuestionOption {
  readonly value: string;
  readonly label: string;
  /** A word or two for a default scenario name ("AWS · production · no Rancher"), on the options a default name is made from. */
  readonly short?: string;
  readonly hint: string;
}

/** A question as the person sees it. */
export interface Question<Q extends QuestionId = QuestionId> {
  readonly id: Q;
  /** The question itself: the step's heading and the radio group's legend. */
  readonly prompt: string;
  /** A short heading for review lists and comparisons ("Platform"). */
  readonly shortLabel: string;
  /** The error when Continue is pressed with nothing chosen (GOV.UK: "Select …"). */
  readonly required: string;
  /** Hidden text after "Change", so the button names its question to screen readers. */
  readonly change: string;
  readonly hint: string;
  readonly options: readonly (QuestionOption & { readonly value: OptionValue<Q> })[];
}

type Catalogue = { readonly [Q in QuestionId]: Question<Q> };

/** The whole catalogue: every question's words (prompt, hints, labels, error, Change text) and options. */
export const QUESTIONS = {
  platform: {
    id: 'platform',
    prompt: 'Where will your Kubernetes nodes run?',
    shortLabel: 'Platform',
    required: 'Select where your Kubernetes nodes will run',
    change: 'where your nodes run',
    hint: 'Pick the main place. Answer again later to compare another one.',
    options: [
      {
        value: 'raspberry-pi',
        short: 'Raspberry Pi',
        label: 'Raspberry Pi or another small ARM board',
        hint: 'Single-board computers at home, in a lab or in a rack.',
      },
      {
        value: 'edge',
        short: 'Edge',
        label: 'Edge devices or remote sites',
        hint: 'Small machines in shops, factories or branch offices.',
      },
      { value: 'aws', label: 'AWS', short: 'AWS', hint: 'EC2 instances you manage yourself.' },
      {
        value: 'cloud',
        short: 'Public cloud',
        label: 'Another public cloud',
        hint: 'Google Cloud, Azure, DigitalOcean, Hetzner and the like.',
      },
      {
        value: 'bare-metal',
        short: 'Data center',
        label: 'Our own data center',
        hint: 'Bare-metal servers or virtual machines on premises.',
      },
      {
        value: 'ci',
        short: 'CI pipelines',
        label: 'Inside CI pipelines',
        hint: 'Short-lived clusters created and destroyed by a pipeline.',
      },
    ],
  },
  workload: {
    id: 'workload',
    prompt: 'What will the cluster run?',
    shortLabel: 'Workload',
    required: 'Select what the cluster will run',
    change: 'what the cluster runs',
    hint: 'The main job of these nodes.',
    options: [
      {
        value: 'production',
        short: 'production',
        label: 'Production applications',
        hint: 'Services people or customers depend on.',
      },
      {
        value: 'ci-runners',
        short: 'CI runners',
        label: 'CI runners',
        hint: 'For example private GitLab runners installed with the GitLab Helm chart.',
      },
      {
        value: 'experiments',
        short: 'experiments',
        label: 'Experiments, a homelab or learning',
        hint: 'Nothing breaks for anyone else if it goes down.',
      },
    ],
  },
  rancher: {
    id: 'rancher',
    prompt: 'Do you already use Rancher or RKE?',
    shortLabel: 'Rancher',
    required: 'Select yes if you already use Rancher or RKE',
    change: 'whether you use Rancher or RKE',
    hint: 'Rancher manages Kubernetes clusters; RKE is its Kubernetes installer.',
    options: [
      {
        value: 'yes',
        label: 'Yes',
        short: 'Rancher',
        hint: 'We run Rancher or install clusters with RKE.',
      },
      { value: 'no', label: 'No', short: 'no Rancher', hint: 'Not today.' },
    ],
  },
  kubernetes: {
    id: 'kubernetes',
    prompt: 'How much Kubernetes do you need?',
    shortLabel: 'Kubernetes',
    required: 'Select how much Kubernetes you need',
    change: 'how much Kubernetes you need',
    hint: 'k3s is a small Kubernetes distribution packaged as a single binary.',
    options: [
      {
        value: 'full',
        label: 'Full upstream Kubernetes',
        hint: 'The complete Kubernetes, easy to keep upgraded.',
      },
      {
        value: 'lightweight',
        label: 'A small single-binary Kubernetes is enough',
        hint: 'k3s: fewer moving parts, less memory.',
      },
    ],
  },
  maturity: {
    id: 'maturity',
    prompt: 'How established must the operating system project be?',
    shortLabel: 'Maturity',
    required: 'Select how established the project must be',
    change: 'how established the project must be',
    hint: 'Young projects move fast and may change under you.',
    options: [
      {
        value: 'proven',
        label: 'Only production-ready, established projects',
        hint: 'We want what others already run in production.',
      },
      {
        value: 'early',
        label: 'Happy to adopt a young, fast-moving project',
        hint: 'We can follow frequent releases and changes.',
      },
    ],
  },
  access: {
    id: 'access',
    prompt: 'How do you want to manage the nodes?',
    shortLabel: 'Node access',
    required: 'Select how you want to manage the nodes',
    change: 'how you manage the nodes',
    hint: 'Some Kubernetes operating systems have no shell at all.',
    options: [
      {
        value: 'ssh',
        label: 'Log in with SSH and familiar Linux tools',
        hint: 'We need a shell on the nodes.',
      },
      {
        value: 'api',
        label: 'API only: no SSH, no shell',
        hint: 'Every change goes through an API.',
      },
      { value: 'either', label: 'No preference', hint: 'Either way works for us.' },
    ],
  },
  priority: {
    id: 'priority',
    prompt: 'What matters most to you?',
    shortLabel: 'Priority',
    required: 'Select what matters most to you',
    change: 'what matters most',
    hint: 'Choose the one that would break a tie.',
    options: [
      {
        value: 'upgrades',
        label: 'Keeping Kubernetes upgraded',
        hint: 'Staying on a modern, supported version without pain.',
      },
      {
        value: 'security',
        label: 'Minimal, locked-down hosts',
        hint: 'As little on the node as possible.',
      },
      {
        value: 'familiarity',
        label: 'Tools the team already knows',
        hint: 'yum, apt, SSH and the usual Linux habits.',
      },
      { value: 'footprint', label: 'Smallest footprint', hint: 'Low memory, disk and CPU use.' },
    ],
  },
  image: {
    id: 'image',
    prompt: 'Will you use a maintained distribution or build your own OS images?',
    shortLabel: 'OS images',
    required: 'Select whether you will use a distribution or build your own images',
    change: 'whether you build your own OS images',
    hint: 'Building your own means owning every update yourself.',
    options: [
      {
        value: 'distribution',
        label: 'Use a maintained distribution',
        hint: 'Someone else ships the updates.',
      },
      {
        value: 'custom',
        label: 'Build our own immutable OS images',
        hint: 'We bake exactly what we need into each image.',
      },
    ],
  },
} as const satisfies Catalogue;

/**
 * The option of question `id` whose value is `value`: the one lookup of an
 * answer's option. Undefined for a value that is not one (a damaged link,
 * hand-edited storage), which each caller words in its own way.
 */
export function optionOf(id: QuestionId, value: string | undefined): QuestionOption | undefined {
  const options: readonly QuestionOption[] = QUESTIONS[id].options;
  return options.find((option) => option.value === value);
}

/** An answer's option label; a value that is not an option shows as itself rather than disappearing. */
export const answerLabel = (id: QuestionId, value: string): string =>
  optionOf(id, value)?.label ?? value;
