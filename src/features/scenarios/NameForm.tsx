import { useLayoutEffect, useId } from 'react';
import { useForm } from 'react-hook-form';
import { NameField, nameRules } from './NameField';

/** Props of {@link NameForm}. */
interface NameFormProps {
  /** The form's accessible name, e.g. "Save as scenario". */
  readonly title: string;
  /** The field's label. */
  readonly label: string;
  readonly submitLabel: string;
  /** The name the field starts with. */
  readonly initial: string;
  readonly onSubmit: (name: string) => void;
  readonly onCancel: () => void;
}

/**
 * An inline form asking for a scenario name, to save or to rename: the field
 * has focus, selected, when it opens; Cancel or Escape leaves everything as it was.
 */
export function NameForm({
  title,
  label,
  submitLabel,
  initial,
  onSubmit,
  onCancel,
}: NameFormProps) {
  const id = useId();
  const { register, handleSubmit, formState, setFocus } = useForm<{ name: string }>({
    defaultValues: { name: initial },
  });
  useLayoutEffect(() => setFocus('name', { shouldSelect: true }), [setFocus]);
  return (
    <form
      className="save-scenario__form"
      noValidate
      aria-label={title}
      onSubmit={(e) => void handleSubmit(({ name }) => onSubmit(name))(e)}
    >
      <NameField
        id={`${id}-name`}
        label={label}
        error={formState.errors.name?.message}
        registration={register('name', nameRules)}
        onEscape={onCancel}
      />
      <div className="button-row">
        <button type="submit" className="button">
          {submitLabel}
        </button>
        <button type="button" className="button button--secondary" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </form>
  );
}
