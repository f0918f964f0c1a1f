/* eslint-disable jsx-a11y/no-noninteractive-tabindex -- a scrollable region must be reachable by keyboard (WCAG 2.1.1) */
import { useId } from 'react';
import { compareScenarios, outcomeName } from './comparison';
import { CopyComparisonLink } from './CopyComparisonLink';
import { DiffersMark } from './DiffersMark';
import { ResultCells } from './ResultCells';
import type { NamedAnswers } from './types';
import './scenarios.css';

/** Props of {@link CompareView}. */
export interface CompareViewProps {
  /** Two to four scenarios, in the order to show them. */
  readonly scenarios: readonly NamedAnswers[];
  /** The comparison link to offer for copying; no copy button without it. */
  readonly shareUrl?: string;
}

/**
 * Scenarios side by side in one table: a column per scenario, a row per
 * question, then the top pick, the ranking and the two strongest reasons.
 * Rows that differ say so in words and in style. On a narrow screen the
 * table scrolls sideways and keeps its row headers in view.
 */
export function CompareView({ scenarios, shareUrl }: CompareViewProps) {
  const captionId = useId();
  const { answers, results, topDiffers } = compareScenarios(scenarios);
  return (
    <div className="compare">
      {/* Seen only where the table is wider than the screen; the region itself is announced. */}
      <p className="compare__scroll-hint muted no-print" aria-hidden="true">
        Scroll the table sideways to see every scenario →
      </p>
      {/* Focusable so keyboard users can scroll it; named by the caption. */}
      <div
        className="table-scroll compare__scroll"
        role="region"
        aria-labelledby={captionId}
        tabIndex={0}
      >
        <table className="compare__table">
          <caption id={captionId}>
            {scenarios.length} scenarios side by side: answers, top pick, ranking and the strongest
            reasons
          </caption>
          <thead>
            <tr>
              <td className="compare__corner" />
              {scenarios.map((s, i) => (
                <th key={i} scope="col">
                  {s.name}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {answers.map((row) => (
              <tr key={row.id} className={row.differs ? 'compare__row--differs' : undefined}>
                <th scope="row">
                  {row.label} <DiffersMark differs={row.differs} />
                </th>
                {row.cells.map((cell, i) => (
                  <td key={i}>{cell ?? <span className="muted">Not asked</span>}</td>
                ))}
              </tr>
            ))}
            <tr className={topDiffers ? 'compare__row--differs compare__top' : 'compare__top'}>
              <th scope="row">
                Top pick <DiffersMark differs={topDiffers} />
              </th>
              {results.map((r, i) => (
                <td key={i}>
                  {r ? (
                    <strong>{outcomeName(r.top)}</strong>
                  ) : (
                    <span className="muted">Answers incomplete</span>
                  )}
                </td>
              ))}
            </tr>
            <ResultCells results={results} />
          </tbody>
        </table>
      </div>
      {shareUrl && <CopyComparisonLink url={shareUrl} />}
    </div>
  );
}
