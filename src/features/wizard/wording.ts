import type { QuestionId } from '../../../rules';

/** How the wizard words each question where the catalogue's prompt does not fit. */
interface Wording {
  /** The error shown when Continue is pressed with nothing chosen (GOV.UK: "Select …"). */
  readonly required: string;
  /** Hidden text after "Change" so the link names its question to screen readers. */
  readonly change: string;
}

/** Wording for every question; `satisfies` makes a new question fail to compile until worded. */
export const WORDING = {
  platform: {
    required: 'Select where your Kubernetes nodes will run',
    change: 'where your nodes run',
  },
  workload: { required: 'Select what the cluster will run', change: 'what the cluster runs' },
  rancher: {
    required: 'Select yes if you already use Rancher or RKE',
    change: 'whether you use Rancher or RKE',
  },
  kubernetes: {
    required: 'Select how much Kubernetes you need',
    change: 'how much Kubernetes you need',
  },
  maturity: {
    required: 'Select how established the project must be',
    change: 'how established the project must be',
  },
  access: {
    required: 'Select how you want to manage the nodes',
    change: 'how you manage the nodes',
  },
  priority: { required: 'Select what matters most to you', change: 'what matters most' },
  image: {
    required: 'Select whether you will use a distribution or build your own images',
    change: 'whether you build your own OS images',
  },
} as const satisfies Record<QuestionId, Wording>;
