import { useRef } from 'react';
import { useForm } from 'react-hook-form';
import { QUESTIONS, isOptionValue, type QuestionId } from '../../../rules';
import { BackLink } from './BackLink';
import { ErrorSummary } from './ErrorSummary';
import { Progress } from './Progress';
import { RadioOption } from './RadioOption';
import { sectionText, type SectionPlace } from './sections';
import type { AnswerTo } from './types';
import { useDocumentTitle } from '../../components/useDocumentTitle';
import { useFocusOnArrival } from '../../components/useFocusOnArrival';
import './wizard.css';

interface StepFields {
  answer: string;
}

/** Props of {@link QuestionStep}. */
interface QuestionStepProps {
  readonly question: QuestionId;
  /** The answer already given: selected when the step opens. */
  readonly answer: string | undefined;
  /** The part of the interview the question belongs to. */
  readonly section: SectionPlace;
  readonly onSubmit: (answer: AnswerTo) => void;
  readonly onBack: () => void;
}

/**
 * One question as one form: a fieldset whose legend is the page heading, a
 * radio per option, Continue, and the GOV.UK error pattern. Render it with
 * `key={question}` so every step gets its own form.
 */
export function QuestionStep({ question, answer, section, onSubmit, onBack }: QuestionStepProps) {
  const { prompt, hint, options, required } = QUESTIONS[question];
  const {
    register,
    handleSubmit,
    formState: { errors, submitCount },
  } = useForm<StepFields>({
    defaultValues: { answer: answer ?? '' },
    shouldFocusError: false,
  });
  const error = errors.answer?.message;
  useDocumentTitle(`${prompt} (${sectionText(section)})`, error !== undefined);
  // Opened from its link, or its code arriving after the page changed (src/app/pageCode.ts), it
  // focuses its heading itself, as the result does.
  const heading = useRef<HTMLHeadingElement>(null);
  useFocusOnArrival(heading);

  const field = register('answer', { required });
  const inputId = (value: string) => `${question}-${value}`;
  const firstId = inputId(options[0].value);
  const describedBy = error ? `${question}-hint ${question}-error` : `${question}-hint`;

  const submit = handleSubmit(({ answer: value }) => {
    // The form only offers catalogue values; the check narrows the type for the event.
    if (isOptionValue(question, value)) onSubmit({ question, value } as AnswerTo);
  });

  return (
    <div className="narrow">
      <BackLink onBack={onBack} />
      {error && (
        <ErrorSummary problems={[{ fieldId: firstId, message: error }]} attempt={submitCount} />
      )}
      <Progress section={section} />
      <form noValidate onSubmit={submit}>
        <div className={error ? 'field--error' : undefined}>
          <fieldset aria-describedby={describedBy}>
            <legend>
              <h1 ref={heading} tabIndex={-1}>
                {prompt}
              </h1>
            </legend>
            <p className="hint" id={`${question}-hint`}>
              {hint}
            </p>
            {error && (
              <p className="field-error" id={`${question}-error`}>
                <span className="visually-hidden">Error:</span> {error}
              </p>
            )}
            <div className="radios">
              {options.map((option) => (
                <RadioOption
                  key={option.value}
                  id={inputId(option.value)}
                  option={option}
                  field={field}
                />
              ))}
            </div>
          </fieldset>
        </div>
        <div className="button-row">
          <button type="submit" className="button">
            Continue
          </button>
        </div>
      </form>
    </div>
  );
}
