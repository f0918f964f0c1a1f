import type { Ref } from 'react';

/** Props of {@link SavedActions}. */
interface SavedActionsProps {
  /** The first button, to move focus to once the answers are saved. */
  readonly ref: Ref<HTMLButtonElement>;
  /** The id of the line saying under which name the answers are saved. */
  readonly describedBy: string;
  readonly onStartOver: () => void;
  readonly onOpenScenarios?: () => void;
}

/**
 * What to do once the answers are saved: start over to compare, or open the
 * saved scenarios. The first button carries the saved line as its
 * description, so it is read out with it when focus lands there.
 */
export function SavedActions({
  ref,
  describedBy,
  onStartOver,
  onOpenScenarios,
}: SavedActionsProps) {
  return (
    <div className="button-row">
      <button
        ref={ref}
        type="button"
        className="button"
        aria-describedby={describedBy}
        onClick={onStartOver}
      >
        Start over to compare
      </button>
      {onOpenScenarios && (
        <button type="button" className="button button--secondary" onClick={onOpenScenarios}>
          Compare saved scenarios
        </button>
      )}
    </div>
  );
}
