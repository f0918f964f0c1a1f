import { useId, type CSSProperties } from 'react';
import { AnswersCompared } from './AnswersCompared';
import type { Comparison } from './comparison';
import { PicksCompared } from './PicksCompared';
import { ReasonsCompared } from './ReasonsCompared';

/** Props of {@link ScenarioCard}. */
interface ScenarioCardProps {
  readonly name: string;
  /** Its place in the comparison: which picks and answers are its own. */
  readonly index: number;
  readonly comparison: Comparison;
  readonly headingLevel: 2 | 3;
}

/** One scenario of a comparison: its name, both picks, its answers, its reasons and ranking. */
export function ScenarioCard({ name, index, comparison, headingLevel }: ScenarioCardProps) {
  const id = useId();
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  const picks = comparison.results[index];
  // Row counts for the shared grid (compare.css), so each answer lines up across the cards.
  const answers = comparison.answers.length;
  const rows = { '--answers': answers, '--rows': answers + 5 } as CSSProperties;
  return (
    <article className="compare-card" aria-labelledby={id} style={rows}>
      <Heading id={id} className="compare-card__name">
        {name}
      </Heading>
      {picks ? (
        <PicksCompared
          picks={picks}
          topDiffers={comparison.topDiffers}
          todayDiffers={comparison.todayDiffers}
        />
      ) : (
        <p className="compare-card__picks">
          Its answers are incomplete, so it has no recommendation.
        </p>
      )}
      <AnswersCompared rows={comparison.answers} index={index} />
      {picks && <ReasonsCompared picks={picks} />}
    </article>
  );
}
