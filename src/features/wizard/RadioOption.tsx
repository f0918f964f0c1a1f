import type { UseFormRegisterReturn } from 'react-hook-form';
import type { QuestionOption } from '../../../rules';

/**
 * One answer as a card that is its radio's label as a whole, so a tap
 * anywhere on it (hint included) chooses it. The radio is named by the
 * option's label alone and described by its hint, so a screen reader hears
 * "AWS, radio button", then the hint, not both run together.
 */
export function RadioOption({
  id,
  option,
  field,
}: {
  id: string;
  option: QuestionOption;
  field: UseFormRegisterReturn;
}) {
  const labelId = `${id}-label`;
  const hintId = `${id}-hint`;
  return (
    <label className="radio" htmlFor={id}>
      <input
        type="radio"
        id={id}
        value={option.value}
        aria-labelledby={labelId}
        aria-describedby={hintId}
        {...field}
      />
      <span className="radio__label" id={labelId}>
        {option.label}
      </span>
      <span className="hint" id={hintId}>
        {option.hint}
      </span>
    </label>
  );
}
