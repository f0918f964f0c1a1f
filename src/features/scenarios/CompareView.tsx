import type { CSSProperties } from 'react';
import { compareScenarios } from './comparison';
import { CopyComparisonLink } from './CopyComparisonLink';
import { ScenarioCard } from './ScenarioCard';
import type { NamedAnswers } from '../../../rules';
import './compare.css';

/** Props of {@link CompareView}. */
interface CompareViewProps {
  /** Two to four scenarios, in the order to show them. */
  readonly scenarios: readonly NamedAnswers[];
  /** The comparison link to offer for copying; no copy button without it. */
  readonly shareUrl?: string;
  /** The level of each scenario's heading: one below the heading the comparison sits under. */
  readonly headingLevel?: 2 | 3;
}

/**
 * Scenarios side by side, a card each: both picks (the article's with its
 * state today), the answers and the strongest reasons, with what differs
 * between them marked in words and in style. The cards stand side by side
 * where they fit and stack on a phone, so nothing scrolls sideways; on a wide
 * screen their parts line up across the cards.
 */
export function CompareView({ scenarios, shareUrl, headingLevel = 3 }: CompareViewProps) {
  const comparison = compareScenarios(scenarios);
  // Each card's rows: name, two picks, the answers' label and answers, the reasons (compare.css).
  const itemRows = { '--rows': comparison.answers.length + 5 } as CSSProperties;
  return (
    <div className="compare">
      <p className="muted">
        {scenarios.length} scenarios, a card each. “Differs” marks what is not the same in all of
        them.
      </p>
      <ul className="compare__cards">
        {scenarios.map((scenario, index) => (
          <li key={index} className="compare__item" style={itemRows}>
            <ScenarioCard
              name={scenario.name}
              index={index}
              comparison={comparison}
              headingLevel={headingLevel}
            />
          </li>
        ))}
      </ul>
      {shareUrl && <CopyComparisonLink url={shareUrl} />}
    </div>
  );
}
