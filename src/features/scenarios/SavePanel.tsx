import { useEffect, useId, useRef, useState } from 'react';
import { useForm } from 'react-hook-form';
import { NameField, nameRules } from './NameField';
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
  const id = useId();
  const next = useRef<HTMLButtonElement>(null);
  const { register, handleSubmit, formState, reset, setFocus } = useForm<{ name: string }>({
    defaultValues: { name: defaultName(answers) },
  });
  useEffect(() => {
    if (open) setFocus('name', { shouldSelect: true });
  }, [open, setFocus]);

  useEffect(() => {
    if (saved) next.current?.focus();
  }, [saved]);
  const onSaved = ({ name }: { name: string }) => {
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
          onClick={() => {
            // Suggest a name from the answers on the page now, which may have changed since.
            reset({ name: defaultName(answers) });
            setOpen(true);
          }}
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
          <form
            className="save-scenario__form"
            noValidate
            onSubmit={(e) => void handleSubmit(onSaved)(e)}
            aria-label="Save as scenario"
          >
            <NameField
              id={`${id}-name`}
              label="Scenario name"
              error={formState.errors.name?.message}
              registration={register('name', nameRules)}
            />
            <div className="button-row">
              <button type="submit" className="button">
                Save scenario
              </button>
              <button type="button" className="button button--secondary" onClick={cancel}>
                Cancel
              </button>
            </div>
          </form>
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
