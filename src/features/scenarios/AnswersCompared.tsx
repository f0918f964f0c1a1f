import type { AnswerRow } from './comparison';
import { DiffersMark } from './DiffersMark';

/** A scenario's answers, one row per question any compared scenario was asked, differences marked. */
export function AnswersCompared({ rows, index }: { rows: readonly AnswerRow[]; index: number }) {
  return (
    <div className="compare-card__answers">
      <p className="compare-card__label">Answers</p>
      <dl>
        {rows.map((row) => (
          <div key={row.id} className={row.differs ? 'compare__row--differs' : undefined}>
            <dt>
              {row.label} <DiffersMark differs={row.differs} />
            </dt>
            <dd>{row.cells[index] ?? <span className="muted">Not asked</span>}</dd>
          </div>
        ))}
      </dl>
    </div>
  );
}
