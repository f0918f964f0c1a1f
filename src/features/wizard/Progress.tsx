/** "Question 3 of 7" as text and as a `<progress>` bar; the total follows the current branch. */
export function Progress({ position, total }: { position: number; total: number }) {
  return (
    <div className="wizard-progress">
      <p className="wizard-progress__text muted" id="wizard-progress-text">
        Question {position} of {total}
      </p>
      <progress
        className="wizard-progress__bar"
        value={position}
        max={total}
        aria-labelledby="wizard-progress-text"
      />
    </div>
  );
}

/** The progress wording, shared by the page text and the document title. */
export function progressText(position: number, total: number): string {
  return `Question ${position} of ${total}`;
}
