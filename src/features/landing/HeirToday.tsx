import { ARTICLE_HEIRS, FACTS, TODAY_AS_OF, type OsId } from '../../../rules';
import { formatMonth } from '../../components/format';
import { SourceLinks } from '../../components/StatusBits';

/** The sources of an outcome's heirs' facts, each named once (several facts can share one). */
function heirSources(os: OsId) {
  const byUrl = new Map<string, { label: string; url: string }>();
  for (const id of ARTICLE_HEIRS[os].factIds) {
    const { title, url } = FACTS[id].source;
    if (!byUrl.has(url)) byUrl.set(url, { label: title, url });
  }
  return [...byUrl.values()];
}

/** What to run today in place of an outcome, in one line with its sources (our words, not the article's). */
export function HeirToday({ os }: { os: OsId }) {
  return (
    <>
      {ARTICLE_HEIRS[os].summary} <span className="muted">As of {formatMonth(TODAY_AS_OF)}.</span>
      <br />
      <span className="muted">Source: </span>
      <SourceLinks sources={heirSources(os)} />
    </>
  );
}
