import { useLayoutEffect, useId, useRef, useState } from 'react';
import { outcomeName, recommendSafely } from './comparison';
import { NameForm } from './NameForm';
import type { Scenario } from './types';

const SAVED_AT = new Intl.DateTimeFormat('en-GB', { dateStyle: 'medium', timeStyle: 'short' });

/** Props of {@link ScenarioItem}. */
export interface ScenarioItemProps {
  readonly scenario: Scenario;
  readonly chosen: boolean;
  readonly onChoose: (chosen: boolean) => void;
  readonly onRename: (name: string) => void;
  readonly onDelete: () => void;
  /** Move focus to this scenario's heading (after an undo, a rename). */
  readonly focus: boolean;
}

/** One saved scenario: its name, top pick, a compare checkbox, rename and delete. */
export function ScenarioItem({
  scenario,
  chosen,
  onChoose,
  onRename,
  onDelete,
  focus,
}: ScenarioItemProps) {
  const [renaming, setRenaming] = useState(false);
  const heading = useRef<HTMLHeadingElement>(null);
  const checkbox = useId();
  const top = recommendSafely(scenario.answers)?.top;
  useLayoutEffect(() => {
    if (focus) heading.current?.focus();
  }, [focus]);

  const done = (name?: string) => {
    if (name !== undefined) onRename(name);
    setRenaming(false);
    requestAnimationFrame(() => heading.current?.focus());
  };

  return (
    <li className="scenario-card">
      <h2 ref={heading} tabIndex={-1}>
        {scenario.name}
      </h2>
      <p className="muted">
        Saved {SAVED_AT.format(scenario.savedAt)}.{' '}
        {top ? (
          <>
            Top pick: <strong>{outcomeName(top)}</strong>.
          </>
        ) : (
          'Its answers are incomplete, so it has no recommendation.'
        )}
      </p>
      <p className="scenario-card__choose">
        <input
          id={checkbox}
          type="checkbox"
          checked={chosen}
          onChange={(e) => onChoose(e.currentTarget.checked)}
        />
        <label htmlFor={checkbox}>
          Compare <span className="visually-hidden">“{scenario.name}”</span>
        </label>
      </p>
      {renaming ? (
        <NameForm
          title={`Rename ${scenario.name}`}
          label="New name"
          submitLabel="Save name"
          initial={scenario.name}
          onSubmit={done}
          onCancel={() => done()}
        />
      ) : (
        <div className="button-row">
          <button
            type="button"
            className="button button--secondary"
            onClick={() => setRenaming(true)}
          >
            Rename <span className="visually-hidden">“{scenario.name}”</span>
          </button>
          <button type="button" className="button button--secondary" onClick={onDelete}>
            Delete <span className="visually-hidden">“{scenario.name}”</span>
          </button>
        </div>
      )}
    </li>
  );
}
