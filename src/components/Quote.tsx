import { ARTICLE, PASSAGES, type PassageId } from '../../rules';

/** A verbatim passage from the article, quoted and attributed. */
export function Quote({ passageId }: { passageId: PassageId }) {
  return (
    <figure className="quote">
      <blockquote cite={ARTICLE.url}>
        <p>{PASSAGES[passageId].text}</p>
      </blockquote>
      <figcaption>
        — <cite>“{ARTICLE.title}”</cite>, {ARTICLE.publisher}, {ARTICLE.year} (
        <a href={ARTICLE.url}>the article</a>)
      </figcaption>
    </figure>
  );
}
