import { useLayoutEffect, useRef, useState } from 'react';
import { ComparedSection } from './ComparedSection';
import { ScenarioItem } from './ScenarioItem';
import { StorageProblemNotice } from './StorageProblemNotice';
import type { ScenarioStore } from './store';
import type { NamedAnswers } from './types';
import { useScenarios } from './useScenarioStore';
import { useDocumentTitle } from '../../components/useDocumentTitle';
import { useFocusOnArrival } from '../../components/useFocusOnArrival';
import './scenarios.css';

/** Props of {@link ScenariosView}. */
export interface ScenariosViewProps {
  /** Builds the comparison link for the scenarios being compared (the app shell passes `compareUrl`). */
  readonly comparisonLink: (scenarios: readonly NamedAnswers[]) => string;
  /** Starts a new interview; saved scenarios are kept. */
  readonly onStartOver?: () => void;
  readonly store?: ScenarioStore;
}

/**
 * The saved scenarios: rename, delete with undo, and choose two to four to
 * compare side by side.
 */
export function ScenariosView({ comparisonLink, onStartOver, store }: ScenariosViewProps) {
  const scenarios = useScenarios((s) => s.scenarios, store);
  const { rename, remove, undoRemove } = useScenarios((s) => s, store);
  const [chosen, setChosen] = useState<readonly string[]>([]);
  const [compared, setCompared] = useState<readonly string[]>([]);
  const [message, setMessage] = useState('');
  // Counts deletions since the last undo: each new one moves focus to Undo again.
  const [undoable, setUndoable] = useState(0);
  const [focusId, setFocusId] = useState<string | undefined>(undefined);
  useDocumentTitle('Saved scenarios');
  const heading = useRef<HTMLHeadingElement>(null);
  const undo = useRef<HTMLButtonElement>(null);

  useFocusOnArrival(heading);
  useLayoutEffect(() => {
    if (undoable > 0) undo.current?.focus();
  }, [undoable]);

  const alive = (ids: readonly string[]) => ids.filter((id) => scenarios.some((s) => s.id === id));
  const shown = alive(compared).flatMap((id) => scenarios.filter((s) => s.id === id));

  function onDelete(id: string, name: string) {
    remove(id);
    setMessage(`Deleted “${name}”.`);
    setUndoable((n) => n + 1);
  }
  function onUndo() {
    const back = undoRemove();
    setUndoable(0);
    setMessage(back ? `Restored “${back.name}”.` : '');
    setFocusId(back?.id);
  }

  return (
    <div className="scenarios">
      <h1 ref={heading} tabIndex={-1}>
        Saved scenarios
      </h1>
      <StorageProblemNotice {...(store ? { store } : {})} />
      <p className="lead">
        Scenarios stay in this browser, in every tab, until you delete them. Tick two to four to
        compare them side by side.
      </p>
      <div className="button-row">
        <p role="status" className="save-scenario__status">
          {message}
        </p>
        {undoable > 0 && (
          <button ref={undo} type="button" className="button button--secondary" onClick={onUndo}>
            Undo delete
          </button>
        )}
      </div>
      {scenarios.length === 0 ? (
        <p>
          No saved scenarios yet. Answer the questions, then choose “Save as scenario” on the
          result.
        </p>
      ) : (
        <ul className="scenario-list">
          {scenarios.map((s) => (
            <ScenarioItem
              key={s.id}
              scenario={s}
              focus={focusId === s.id}
              chosen={chosen.includes(s.id)}
              onChoose={(on) =>
                setChosen((ids) => (on ? [...ids, s.id] : ids.filter((id) => id !== s.id)))
              }
              onRename={(name) => rename(s.id, name)}
              onDelete={() => onDelete(s.id, s.name)}
            />
          ))}
        </ul>
      )}
      <ComparedSection
        chosen={alive(chosen)}
        compared={shown}
        onCompare={setCompared}
        comparisonLink={comparisonLink}
      />
      {onStartOver && (
        <div className="button-row">
          <button type="button" className="button button--secondary" onClick={onStartOver}>
            Start over with new answers
          </button>
        </div>
      )}
    </div>
  );
}
