import type { UseFormRegisterReturn } from 'react-hook-form';
import type { QuestionOption } from '../../../rules';

/** One radio with its label and hint, the hint tied to the input with `aria-describedby`. */
export function RadioOption({
  id,
  option,
  field,
}: {
  id: string;
  option: QuestionOption;
  field: UseFormRegisterReturn;
}) {
  const hintId = `${id}-hint`;
  return (
    <div className="radio">
      <input type="radio" id={id} value={option.value} aria-describedby={hintId} {...field} />
      <label htmlFor={id}>{option.label}</label>
      <p className="hint" id={hintId}>
        {option.hint}
      </p>
    </div>
  );
}
