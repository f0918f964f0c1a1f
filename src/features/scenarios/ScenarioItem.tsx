import { useLayoutEffect, useId, useRef, useState, type MouseEvent } from 'react';
import { NameForm } from './NameForm';
import { ScenarioPicks } from './ScenarioPicks';
import type { Scenario } from './types';

const SAVED_AT = new Intl.DateTimeFormat('en-GB', { dateStyle: 'medium', timeStyle: 'short' });

/** Props of {@link ScenarioItem}. */
interface ScenarioItemProps {
  readonly scenario: Scenario;
  /** The address of its full result. */
  readonly resultHref: string;
  readonly chosen: boolean;
  readonly onChoose: (chosen: boolean) => void;
  readonly onRename: (name: string) => void;
  readonly onDelete: () => void;
  /** Move focus to this scenario's heading (after an undo, a rename). */
  readonly focus: boolean;
}

/** One saved scenario: its name, its picks, a link to its result, a compare checkbox, rename and delete. */
export function ScenarioItem(props: ScenarioItemProps) {
  const { scenario, resultHref, chosen, onChoose, onRename, onDelete, focus } = props;
  const [renaming, setRenaming] = useState(false);
  const heading = useRef<HTMLHeadingElement>(null);
  const checkbox = useId();
  useLayoutEffect(() => {
    if (focus) heading.current?.focus();
  }, [focus]);

  const done = (name?: string) => {
    if (name !== undefined) onRename(name);
    setRenaming(false);
    requestAnimationFrame(() => heading.current?.focus());
  };
  // The second click of a double-click lands on whatever the first moved under the pointer:
  // the next scenario's Delete. Only a single click deletes.
  const deleteOnce = (event: MouseEvent) => {
    if (event.detail <= 1) onDelete();
  };

  return (
    <li className="scenario-card">
      <h2 ref={heading} tabIndex={-1}>
        {scenario.name}
      </h2>
      <p className="muted">Saved {SAVED_AT.format(scenario.savedAt)}.</p>
      <ScenarioPicks answers={scenario.answers} />
      <p>
        <a href={resultHref}>
          Open the full result <span className="visually-hidden">of “{scenario.name}”</span>
        </a>
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
          <button type="button" className="button button--secondary" onClick={deleteOnce}>
            Delete <span className="visually-hidden">“{scenario.name}”</span>
          </button>
        </div>
      )}
    </li>
  );
}
