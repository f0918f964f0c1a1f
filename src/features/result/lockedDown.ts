import type { Answers } from '../../../rules';

/** True for a locked-down, API-managed node on AWS: the case with its own maintained options. */
export function wantsLockedDownOnAws(answers: Answers): boolean {
  return (
    answers.platform === 'aws' && (answers.access === 'api' || answers.priority === 'security')
  );
}
