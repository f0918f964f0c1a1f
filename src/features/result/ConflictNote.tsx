import type { ConflictNote as Conflict } from '../../../rules';
import { Quote } from '../../components/Quote';

/** Where the article names two answers, say so and show both passages. */
export function ConflictNote({ conflict }: { conflict: Conflict }) {
  return (
    <section className="notice result__conflict" aria-labelledby={`conflict-${conflict.id}`}>
      <h2 id={`conflict-${conflict.id}`}>{conflict.heading}</h2>
      <p>{conflict.summary}</p>
      {conflict.passageIds.map((passageId) => (
        <Quote key={passageId} passageId={passageId} />
      ))}
    </section>
  );
}
