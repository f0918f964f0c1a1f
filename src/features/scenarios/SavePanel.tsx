import { useId, useLayoutEffect, useRef, useState } from 'react';
import { NameForm } from './NameForm';
import { StorageProblemNotice } from './StorageProblemNotice';
import { SavedActions } from './SavedActions';
import { answersKey, sameAnswers } from './merge';
import { defaultName } from './names';
import { useScenarioStore, useScenarios, useStorageProblems } from './useScenarioStore';
import './scenarios.css';

import type { SaveScenarioProps } from './SaveScenario';

/**
 * The save form behind "Save as scenario", open from the start: a name
 * (suggested from the answers), the save announced, then "Start over to
 * compare" and the saved scenarios. Answers already saved are not saved
 * again: it says under which name. Loaded on the first click, with the store.
 */
export default function SavePanel({ answers, onStartOver, onOpenScenarios }: SaveScenarioProps) {
  const key = answersKey(answers);
  const store = useScenarioStore();
  const saved = useScenarios((s) => s.scenarios.find((sc) => sameAnswers(sc.answers, answers)));
  const tabOnly = useStorageProblems((s) =>
    s.problems.some((p) => p.kind === 'quota' || p.kind === 'unavailable'),
  );
  const [open, setOpen] = useState(true);
  // The answers saved from this panel, so those saved before read "already saved".
  const [savedHere, setSavedHere] = useState<string | undefined>(undefined);
  const next = useRef<HTMLButtonElement>(null);
  const statusId = useId();

  // Keyed on the id: another tab's change re-reads the same scenario as a new object.
  const savedId = saved?.id;
  useLayoutEffect(() => {
    if (savedId) next.current?.focus();
  }, [savedId]);
  const onSaved = (name: string) => {
    const { scenarios, save } = store.scenarios.getState();
    // A second submit of the same form (a double click) finds the first one's scenario.
    if (!scenarios.some((sc) => sameAnswers(sc.answers, answers))) save(answers, name);
    setSavedHere(key);
    setOpen(false);
  };

  const opener = useRef<HTMLButtonElement>(null);
  function cancel() {
    setOpen(false);
    requestAnimationFrame(() => opener.current?.focus());
  }

  const status = !saved
    ? ''
    : savedHere !== key
      ? `Already saved as “${saved.name}”.`
      : tabOnly
        ? `Saved as scenario “${saved.name}”, in this tab only for now.`
        : `Saved as scenario “${saved.name}”.`;
  return (
    <>
      {!saved && !open && (
        <button
          ref={opener}
          type="button"
          className="button button--secondary"
          onClick={() => setOpen(true)}
        >
          Save as scenario
        </button>
      )}
      <div className="save-scenario__panel">
        {/* A full quota or unreadable storage shows up here, where the saving happened. */}
        <StorageProblemNotice />
        {/* Always present, so the announcement is heard when its text appears. */}
        <p role="status" id={statusId} className="save-scenario__status">
          {status}
        </p>
        {!saved && open && (
          // Mounted afresh on each opening, so the suggested name follows the answers shown now.
          <NameForm
            title="Save as scenario"
            label="Scenario name"
            submitLabel="Save scenario"
            initial={defaultName(answers)}
            onSubmit={onSaved}
            onCancel={cancel}
          />
        )}
        {saved && (
          <SavedActions
            ref={next}
            describedBy={statusId}
            onStartOver={onStartOver}
            {...(onOpenScenarios ? { onOpenScenarios } : {})}
          />
        )}
      </div>
    </>
  );
}
