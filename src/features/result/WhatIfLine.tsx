import { CANDIDATES, OUTCOMES, QUESTIONS, type Answers, type QuestionId } from '../../../rules';
import { whatIfs, type Picks, type WhatIf } from './whatIf';

const labelOf = (question: QuestionId, value: string): string =>
  QUESTIONS[question].options.find((option) => option.value === value)?.label ?? value;

/** "RancherOS · today Elemental": only the picks that differ. */
function changed({ article, today }: Extract<WhatIf, { kind: 'changes' }>): string {
  const parts = [
    ...(article ? [OUTCOMES[article].name] : []),
    ...(today ? [`today ${CANDIDATES[today].name}`] : []),
  ];
  return parts.join(' · ');
}

/**
 * What each other answer to `question` would give, only where it changes a
 * pick; the answers that change nothing, or open more questions, in one line each.
 */
export function WhatIfLine({
  answers,
  question,
  picks,
}: {
  answers: Answers;
  question: QuestionId;
  picks: Picks;
}) {
  const all = whatIfs(answers, question, picks);
  const changes = all.filter((w) => w.kind === 'changes');
  const same = all.filter((w) => w.kind === 'same').map((w) => labelOf(question, w.value));
  const more = all.filter((w) => w.kind === 'asks-more').map((w) => labelOf(question, w.value));
  return (
    <div className="what-if">
      {changes.length > 0 && (
        <ul>
          {changes.map((what) => (
            <li key={what.value}>
              If {labelOf(question, what.value)}: <strong>{changed(what)}</strong>
            </li>
          ))}
        </ul>
      )}
      {changes.length === 0 && more.length === 0 ? (
        <p>No other answer here changes the picks.</p>
      ) : (
        same.length > 0 && <p>Same picks if {same.join(', or ')}.</p>
      )}
      {more.length > 0 && <p>{more.join(', or ')}: asks more questions first (use Change).</p>}
    </div>
  );
}
