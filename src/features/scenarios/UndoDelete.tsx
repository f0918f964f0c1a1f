import { useLayoutEffect, useRef } from 'react';

/** Props of {@link UndoDelete}. */
interface UndoDeleteProps {
  /** What was last done, announced: "Deleted …", "Restored …" or nothing. */
  readonly message: string;
  /** Deletions since the last undo: each new one moves focus to Undo again; 0 hides it. */
  readonly undoable: number;
  readonly onUndo: () => void;
}

/**
 * The status line of the saved list and its Undo button. Its height never
 * changes (one row, the text clamped to two lines), so a delete or an undo
 * never moves the list under the pointer.
 */
export function UndoDelete({ message, undoable, onUndo }: UndoDeleteProps) {
  const undo = useRef<HTMLButtonElement>(null);
  useLayoutEffect(() => {
    if (undoable > 0) undo.current?.focus();
  }, [undoable]);
  return (
    <div className="scenarios__undo">
      {/* Always present, so the announcement is heard when its text appears. */}
      <p role="status" className="save-scenario__status scenarios__undo-status">
        {message}
      </p>
      {undoable > 0 && (
        <button ref={undo} type="button" className="button button--secondary" onClick={onUndo}>
          Undo delete
        </button>
      )}
    </div>
  );
}
