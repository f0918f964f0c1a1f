import { ARTICLE_HEIRS, TODAY_AS_OF, factSources, type OsId } from '../../../rules';
import { formatMonth } from '../../components/format';
import { SourceLinks } from '../../components/StatusBits';

/** What to run today in place of an outcome, in one line with its sources (our words, not the article's). */
export function HeirToday({ os }: { os: OsId }) {
  return (
    <>
      {ARTICLE_HEIRS[os].summary} <span className="muted">As of {formatMonth(TODAY_AS_OF)}.</span>
      <br />
      <span className="muted">Source: </span>
      <SourceLinks sources={factSources(ARTICLE_HEIRS[os].factIds)} />
    </>
  );
}
