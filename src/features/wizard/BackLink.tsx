/** The GOV.UK-style "Back" link at the top of a step; a button because it sends an event, not a URL. */
export function BackLink({ onBack }: { onBack: () => void }) {
  return (
    <button type="button" className="link-button wizard-back" onClick={onBack}>
      Back
    </button>
  );
}
