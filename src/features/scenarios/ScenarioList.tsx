import { useState } from 'react';
import { ScenarioItem } from './ScenarioItem';
import type { Scenario } from './types';
import type { Answers } from '../../../rules';

/** How many scenarios the list shows at first and adds per "Show more": thousands would take seconds. */
const PAGE_SIZE = 50;

/** Props of {@link ScenarioList}. */
interface ScenarioListProps {
  readonly scenarios: readonly Scenario[];
  readonly resultLink: (answers: Answers) => string;
  /** The scenario whose heading takes focus (restored, renamed, first of those just shown). */
  readonly focusId: string | undefined;
  readonly onFocus: (id: string | undefined) => void;
  readonly chosen: readonly string[];
  readonly onChoose: (id: string, chosen: boolean) => void;
  readonly onRename: (id: string, name: string) => void;
  readonly onDelete: (id: string, name: string) => void;
}

/** The saved scenarios, a page at a time, with "Show more" below. */
export function ScenarioList(props: ScenarioListProps) {
  const { scenarios, resultLink, focusId, onFocus, chosen, onChoose, onRename, onDelete } = props;
  const [limit, setLimit] = useState(PAGE_SIZE);
  // A scenario that must take focus (an undone delete, say) is always among those shown.
  const needed = scenarios.findIndex((s) => s.id === focusId) + 1;
  const visible = scenarios.slice(0, Math.max(limit, needed));
  const rest = scenarios.length - visible.length;

  function showMore() {
    setLimit(visible.length + PAGE_SIZE);
    // Keyboard and screen reader users go on from the first scenario just shown.
    onFocus(scenarios[visible.length]?.id);
  }

  return (
    <>
      <ul className="scenario-list">
        {visible.map((s) => (
          <ScenarioItem
            key={s.id}
            scenario={s}
            resultHref={resultLink(s.answers)}
            focus={focusId === s.id}
            chosen={chosen.includes(s.id)}
            onChoose={(on) => onChoose(s.id, on)}
            onRename={(name) => onRename(s.id, name)}
            onDelete={() => onDelete(s.id, s.name)}
          />
        ))}
      </ul>
      {rest > 0 && (
        <div className="button-row scenario-list__more">
          <p className="muted">
            Showing {visible.length.toLocaleString('en')} of {scenarios.length.toLocaleString('en')}{' '}
            saved scenarios.
          </p>
          <button type="button" className="button button--secondary" onClick={showMore}>
            Show {Math.min(rest, PAGE_SIZE)} more
          </button>
        </div>
      )}
    </>
  );
}
