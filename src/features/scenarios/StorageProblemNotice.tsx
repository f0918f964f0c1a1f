import type { StorageProblem } from './problems';
import { useStorageProblems } from './useScenarioStore';

function message(problem: StorageProblem): string {
  switch (problem.kind) {
    case 'unreadable':
      return `Some saved scenarios could not be read. They were kept aside, unchanged, in this browser’s storage under “${problem.backupKey}”. Everything else works, and new scenarios are saved as usual.`;
    case 'duplicates':
      return `Some saved scenarios were stored twice under one identity, so only the latest change of each is listed. Everything as it was stored was kept aside, unchanged, in this browser’s storage under “${problem.backupKey}”.`;
    case 'future-version':
      return `Your saved scenarios were written by a newer version of this app. They were kept aside, unchanged, in this browser’s storage under “${problem.backupKey}”. Everything else works, and new scenarios are saved as usual.`;
    case 'quota':
      return 'This browser’s storage for the app is full, so your latest changes are kept in this tab only for now. Nothing saved earlier was lost. Delete a scenario you no longer need or free some storage, and the next change saves everything.';
    case 'unavailable':
      return 'This browser is not letting the app use its storage, so scenarios you save or change now are kept in this tab only, until it is closed or reloaded. Anything saved earlier was left as it was.';
  }
}

/**
 * Tells the person, in an alert, about any problem with stored scenarios; each
 * can be dismissed. Renders nothing while storage is fine, so a page has no
 * empty alert for assistive technology to trip over.
 */
export function StorageProblemNotice() {
  const problems = useStorageProblems((s) => s.problems);
  const dismiss = useStorageProblems((s) => s.dismiss);
  if (problems.length === 0) return null;
  return (
    <div role="alert">
      {problems.map((problem) => (
        <div key={problem.kind} className="notice">
          <p>{message(problem)}</p>
          <button type="button" className="link-button" onClick={() => dismiss(problem.kind)}>
            Dismiss this message
          </button>
        </div>
      ))}
    </div>
  );
}
