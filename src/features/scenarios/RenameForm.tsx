import { useEffect, useId } from 'react';
import { useForm } from 'react-hook-form';
import { NameField, nameRules } from './NameField';

/** Props of {@link RenameForm}. */
export interface RenameFormProps {
  readonly current: string;
  readonly onRename: (name: string) => void;
  readonly onCancel: () => void;
}

/** An inline form to rename one scenario; the field has focus when it opens. */
export function RenameForm({ current, onRename, onCancel }: RenameFormProps) {
  const id = useId();
  const { register, handleSubmit, formState, setFocus } = useForm<{ name: string }>({
    defaultValues: { name: current },
  });
  useEffect(() => setFocus('name', { shouldSelect: true }), [setFocus]);
  return (
    <form
      className="save-scenario__form"
      noValidate
      aria-label={`Rename ${current}`}
      onSubmit={(e) => void handleSubmit(({ name }) => onRename(name))(e)}
    >
      <NameField
        id={`${id}-name`}
        label="New name"
        error={formState.errors.name?.message}
        registration={register('name', nameRules)}
      />
      <div className="button-row">
        <button type="submit" className="button">
          Save name
        </button>
        <button type="button" className="button button--secondary" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </form>
  );
}
