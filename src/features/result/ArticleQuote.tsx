import { ARTICLE, PASSAGES, type PassageId } from '../../../rules';

/**
 * A verbatim passage of the article. The attribution is said once per
 * section (see {@link QuotedFrom}), not under every quote, so a page of
 * quotations is not a page of identical links.
 */
export function ArticleQuote({ passageId }: { passageId: PassageId }) {
  return (
    <blockquote className="quote" cite={ARTICLE.url}>
      <p>{PASSAGES[passageId].text}</p>
    </blockquote>
  );
}

/** The one line that says where the quotations of a section come from, with the link. */
export function QuotedFrom() {
  return (
    <p className="muted section-intro">
      Quoted from “<a href={ARTICLE.url}>{ARTICLE.title}</a>” ({ARTICLE.publisher}, {ARTICLE.year}).
    </p>
  );
}
