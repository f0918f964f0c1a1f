/* eslint-disable jsx-a11y/no-redundant-roles, jsx-a11y/no-interactive-element-to-noninteractive-role --
   Explicit table roles keep the table's semantics when narrow screens lay its rows out as cards
   (CSS display changes drop them in some browsers); jsx-a11y mistakes <td> for a grid cell. */
import { OS_IDS, OUTCOMES } from '../../../rules';
import { HeirToday } from './HeirToday';
import { formatMonth } from '../../components/format';
import { MaintainedTag, SourceLinks } from '../../components/StatusBits';
import { Quote } from '../../components/Quote';

/** "The six options at a glance": what each is, the article's verdict, its status today and its heir today. */
export function OptionsAtAGlance() {
  return (
    <section aria-labelledby="options-heading">
      <h2 id="options-heading">The six options at a glance</h2>
      <div className="table-scroll glance">
        <table role="table">
          <caption className="visually-hidden">
            Each option, what it is, the article’s verdict in 2019, its status today, and what to
            run in its place today
          </caption>
          <thead role="rowgroup">
            <tr role="row">
              <th scope="col" role="columnheader">
                Option
              </th>
              <th scope="col" role="columnheader">
                The article’s verdict (2019)
              </th>
              <th scope="col" role="columnheader">
                Status today
              </th>
              <th scope="col" role="columnheader">
                Its heir today
              </th>
            </tr>
          </thead>
          <tbody role="rowgroup">
            {OS_IDS.map((id) => {
              const outcome = OUTCOMES[id];
              const { status } = outcome;
              return (
                <tr key={id} role="row">
                  <th scope="row" role="rowheader">
                    <span className="glance__name">{outcome.name}</span>
                    <span className="glance__summary">{outcome.summary}</span>
                  </th>
                  <td role="cell">
                    <CardLabel>The article’s verdict (2019)</CardLabel>
                    <strong>{outcome.verdict.label}</strong>
                    <Quote passageId={outcome.verdict.passageId} />
                  </td>
                  <td role="cell">
                    <CardLabel>Status today</CardLabel>
                    <MaintainedTag status={status} /> {status.headline}.{' '}
                    <span className="muted">As of {formatMonth(status.asOf)}.</span>
                    <br />
                    <span className="muted">Source: </span>
                    <SourceLinks sources={status.sources} />
                  </td>
                  <td role="cell">
                    <CardLabel>Its heir today</CardLabel>
                    <HeirToday os={id} />
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </section>
  );
}

/** The column's name above a cell when rows are shown as cards; screen readers use the header. */
function CardLabel({ children }: { children: string }) {
  return (
    <span className="glance__label" aria-hidden="true">
      {children}
    </span>
  );
}
