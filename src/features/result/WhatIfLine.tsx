import { CANDIDATES, OUTCOMES, answerLabel, type Answers, type QuestionId } from '../../../rules';
import { whatIfs, type Picks, type WhatIf } from './whatIf';

/** "RancherOS · today Elemental": only the picks that differ. */
function changed({ article, today }: Extract<WhatIf, { kind: 'changes' }>): string {
  const parts = [
    ...(article ? [OUTCOMES[article].name] : []),
    ...(today ? [`today ${CANDIDATES[today].name}`] : []),
  ];
  return parts.join(' · ');
}

/** "A, B or C". */
const either = (labels: readonly string[]) =>
  labels.length < 2 ? labels.join('') : `${labels.slice(0, -1).join(', ')} or ${labels.at(-1)}`;

/**
 * What the other answers to `question` would give, only where they change a
 * pick, answers with the same outcome on one line; then those that open more
 * questions. Answers that change nothing are not listed: the eye goes to
 * what matters.
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
  const outcomes = new Map<string, string[]>();
  for (const what of all) {
    if (what.kind !== 'changes') continue;
    const key = changed(what);
    outcomes.set(key, [...(outcomes.get(key) ?? []), answerLabel(question, what.value)]);
  }
  const more = all.filter((w) => w.kind === 'asks-more').map((w) => answerLabel(question, w.value));
  return (
    <div className="what-if">
      {outcomes.size > 0 && (
        <ul>
          {[...outcomes].map(([picksThen, labels]) => (
            <li key={picksThen}>
              If {either(labels)}: <strong>{picksThen}</strong>
            </li>
          ))}
        </ul>
      )}
      {outcomes.size === 0 && more.length === 0 && <p>Another answer here changes neither pick.</p>}
      {more.length > 0 && <p>If {either(more)}: more questions first.</p>}
    </div>
  );
}
