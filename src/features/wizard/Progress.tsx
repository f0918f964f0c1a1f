import { sectionText, type SectionPlace } from './sections';

/**
 * "Part 2 of 3: Your setup" as text and as a `<progress>` bar. It counts
 * parts, not questions: the parts are the same on every branch, so the total
 * never changes mid-interview.
 */
export function Progress({ section }: { section: SectionPlace }) {
  return (
    <div className="wizard-progress">
      <p className="wizard-progress__text muted" id="wizard-progress-text">
        {sectionText(section)}
      </p>
      <progress
        className="wizard-progress__bar"
        value={section.part}
        max={section.parts}
        aria-labelledby="wizard-progress-text"
      />
    </div>
  );
}
