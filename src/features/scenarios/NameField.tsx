import type { UseFormRegisterReturn } from 'react-hook-form';
import { MAX_NAME_LENGTH } from '../../components/scenarioLimits';

/** A scenario name input with its label, hint and error, wired for screen readers; Escape cancels. */
export function NameField(props: {
  id: string;
  label: string;
  error: string | undefined;
  registration: UseFormRegisterReturn;
  onEscape: () => void;
}) {
  const { id, label, error, registration, onEscape } = props;
  return (
    <div className={error ? 'scenario-field field--error' : 'scenario-field'}>
      <label htmlFor={id}>{label}</label>
      <p className="hint" id={`${id}-hint`}>
        Plain text, up to {MAX_NAME_LENGTH} characters.
      </p>
      {error && (
        <p className="field-error" id={`${id}-error`}>
          <span className="visually-hidden">Error: </span>
          {error}
        </p>
      )}
      <input
        id={id}
        type="text"
        maxLength={MAX_NAME_LENGTH}
        autoComplete="off"
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? `${id}-hint ${id}-error` : `${id}-hint`}
        {...registration}
        onKeyDown={(e) => {
          if (e.key !== 'Escape') return;
          // Handled here, so nothing around the form acts on the same key.
          e.preventDefault();
          onEscape();
        }}
      />
    </div>
  );
}

/** Validation shared by the save and rename forms. */
export const nameRules = {
  validate: (value: string) => value.trim() !== '' || 'Enter a name for the scenario.',
  maxLength: { value: MAX_NAME_LENGTH, message: `Use ${MAX_NAME_LENGTH} characters or fewer.` },
};
