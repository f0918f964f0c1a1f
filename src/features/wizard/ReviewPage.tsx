import { QUESTIONS, optionOf, type Answers, type QuestionId } from '../../../rules';
import { BackLink } from './BackLink';
import { useDocumentTitle } from '../../components/useDocumentTitle';
import './wizard.css';

/** Props of {@link ReviewPage}. */
interface ReviewPageProps {
  readonly answers: Answers;
  /** The answered questions in the order they were asked. */
  readonly path: readonly QuestionId[];
  /** The question whose Change page was just left: its Change button gets focus back. */
  readonly changed?: QuestionId | null;
  readonly onChange: (question: QuestionId) => void;
  readonly onConfirm: () => void;
  readonly onBack: () => void;
}

/** "Check your answers": every answer with a Change link that names its question; focus returns to the one used. */
export function ReviewPage({
  answers,
  path,
  changed = null,
  onChange,
  onConfirm,
  onBack,
}: ReviewPageProps) {
  useDocumentTitle('Check your answers');
  return (
    <div className="narrow">
      <BackLink onBack={onBack} />
      <h1 tabIndex={-1}>Check your answers</h1>
      <p>Change anything that is not right. Only the questions that apply to you are listed.</p>
      <dl className="summary-list wizard-review">
        {path.map((id) => {
          const option = optionOf(id, answers[id]);
          if (!option) return null;
          return (
            <div key={id}>
              <dt>{QUESTIONS[id].shortLabel}</dt>
              <dd>{option.label}</dd>
              <dd>
                <button
                  type="button"
                  className="link-button"
                  onClick={() => onChange(id)}
                  // The app moves focus here, not to the heading, on the way back from this Change.
                  data-return-focus={id === changed ? '' : undefined}
                >
                  Change <span className="visually-hidden">{QUESTIONS[id].change}</span>
                </button>
              </dd>
            </div>
          );
        })}
      </dl>
      <div className="button-row">
        <button type="button" className="button" onClick={onConfirm}>
          See the recommendation
        </button>
      </div>
    </div>
  );
}
