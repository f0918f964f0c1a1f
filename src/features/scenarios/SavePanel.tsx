import { useLayoutEffect, useRef, useState } from 'react';
import { NameForm } from './NameForm';
import { StorageProblemNotice } from './StorageProblemNotice';
import { defaultName } from './names';
import { useScenarios } from './useScenarioStore';
import './scenarios.css';

import type { SaveScenarioProps } from './SaveScenario';

/**
 * The save form behind "Save as scenario", open from the start: a name
 * (suggested from the answers), the save announced, then "Start over to
 * compare" and the saved scenarios. Loaded on the first click, with the store.
 */
export default function SavePanel({
  answers,
  onStartOver,
  onOpenScenarios,
  store,
}: SaveScenarioProps) {
  const save = useScenarios((s) => s.save, store);
  const [open, setOpen] = useState(true);
  // Remembered with the answers it was for: new answers on the same page start afresh.
  const [savedFor, setSavedFor] = useState<{ name: string; answers: string } | undefined>(
    undefined,
  );
  const saved = savedFor?.answers === JSON.stringify(answers) ? savedFor.name : undefined;
  const next = useRef<HTMLButtonElement>(null);

  useLayoutEffect(() => {
    if (saved) next.current?.focus();
  }, [saved]);
  const onSaved = (name: string) => {
    setSavedFor({ name: save(answers, name).name, answers: JSON.stringify(answers) });
    setOpen(false);
  };

  const opener = useRef<HTMLButtonElement>(null);
  function cancel() {
    setOpen(false);
    requestAnimationFrame(() => opener.current?.focus());
  }

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
        <StorageProblemNotice {...(store ? { store } : {})} />
        {/* Always present, so the announcement is heard when its text appears. */}
        <p role="status" className="save-scenario__status">
          {saved ? `Saved as scenario “${saved}”.` : ''}
        </p>
        {open && (
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
          <div className="button-row">
            <button ref={next} type="button" className="button" onClick={onStartOver}>
              Start over to compare
            </button>
            {onOpenScenarios && (
              <button type="button" className="button button--secondary" onClick={onOpenScenarios}>
                Compare saved scenarios
              </button>
            )}
          </div>
        )}
      </div>
    </>
  );
}
