import { useRef, useState } from 'react';
import { ComparedSection } from './ComparedSection';
import { ScenarioList } from './ScenarioList';
import { StorageProblemNotice } from './StorageProblemNotice';
import { UndoDelete } from './UndoDelete';
import { useScenarios } from './useScenarioStore';
import type { Answers, NamedAnswers } from '../../../rules';
import { useDocumentTitle } from '../../components/useDocumentTitle';
import { useFocusOnArrival } from '../../components/useFocusOnArrival';
import './scenarios.css';
import './savedList.css';

/** Props of {@link ScenariosView}. */
interface ScenariosViewProps {
  /** Builds the comparison link for the scenarios being compared (the app shell passes `compareUrl`). */
  readonly comparisonLink: (scenarios: readonly NamedAnswers[]) => string;
  /** The address of a scenario's full result. */
  readonly resultLink: (answers: Answers) => string;
  /** Ids of the scenarios compared now, in order (the app shell keeps them in the URL). */
  readonly compared: readonly string[];
  readonly onCompare: (ids: readonly string[]) => void;
  /** Starts a new interview; saved scenarios are kept. */
  readonly onStartOver?: () => void;
}

/**
 * The saved scenarios: each with its picks and a link to its result; rename,
 * delete with undo, and choose two to four to compare side by side.
 */
export function ScenariosView(props: ScenariosViewProps) {
  const { comparisonLink, resultLink, compared, onCompare, onStartOver } = props;
  const scenarios = useScenarios((s) => s.scenarios);
  const { rename, remove, undoRemove } = useScenarios((s) => s);
  // The ticks follow the comparison in the URL whenever it changes (Back, Forward, a reload).
  const comparedKey = compared.join(' ');
  const [tickedFor, setTickedFor] = useState(comparedKey);
  const [chosen, setChosen] = useState<readonly string[]>(compared);
  if (tickedFor !== comparedKey) {
    setTickedFor(comparedKey);
    setChosen(compared);
  }
  const [message, setMessage] = useState('');
  const [undoable, setUndoable] = useState(0);
  const [focusId, setFocusId] = useState<string | undefined>(undefined);
  useDocumentTitle('Saved scenarios');
  const heading = useRef<HTMLHeadingElement>(null);
  useFocusOnArrival(heading);

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
      <StorageProblemNotice />
      <p className="lead">
        Scenarios stay in this browser, in every tab, until you delete them. Tick two to four to
        compare them side by side.
      </p>
      <UndoDelete message={message} undoable={undoable} onUndo={onUndo} />
      {scenarios.length === 0 ? (
        <p>
          No saved scenarios yet. Answer the questions, then choose “Save as scenario” on the
          result.
        </p>
      ) : (
        <ScenarioList
          scenarios={scenarios}
          resultLink={resultLink}
          focusId={focusId}
          onFocus={setFocusId}
          chosen={chosen}
          onChoose={(id, on) =>
            setChosen((ids) => (on ? [...ids, id] : ids.filter((other) => other !== id)))
          }
          onRename={rename}
          onDelete={onDelete}
        />
      )}
      {compared.length >= 2 && shown.length < 2 && (
        // An address from before a delete, or from another browser: say why nothing is compared.
        <p className="notice">
          This page’s address names a comparison of scenarios that are no longer saved in this
          browser. Tick two to four to compare them again.
        </p>
      )}
      <ComparedSection
        chosen={alive(chosen)}
        compared={shown}
        onCompare={onCompare}
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
