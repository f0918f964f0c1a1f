import { OS_IDS, OUTCOMES } from '../../../rules';
import { formatMonth } from '../../components/format';
import { Quote } from '../../components/Quote';

/** "The six options at a glance": what each is, the article's verdict, and its status today. */
export function OptionsAtAGlance() {
  return (
    <section aria-labelledby="options-heading">
      <h2 id="options-heading">The six options at a glance</h2>
      <div className="table-scroll glance">
        <table>
          <caption className="visually-hidden">
            Each option, what it is, the article’s verdict in 2019, and its status today
          </caption>
          <thead>
            <tr>
              <th scope="col">Option</th>
              <th scope="col">The article’s verdict (2019)</th>
              <th scope="col">Status today</th>
            </tr>
          </thead>
          <tbody>
            {OS_IDS.map((id) => {
              const outcome = OUTCOMES[id];
              const { status } = outcome;
              return (
                <tr key={id}>
                  <th scope="row">
                    <span className="glance__name">{outcome.name}</span>
                    <span className="glance__summary">{outcome.summary}</span>
                  </th>
                  <td>
                    <strong>{outcome.verdict.label}</strong>
                    <Quote passageId={outcome.verdict.passageId} />
                  </td>
                  <td>
                    <span className={status.maintained ? 'tag tag--good' : 'tag tag--bad'}>
                      {status.maintained ? 'Maintained' : 'Not maintained'}
                    </span>{' '}
                    {status.headline}.{' '}
                    <span className="muted">As of {formatMonth(status.asOf)}.</span>
                    <br />
                    <span className="muted">Source: </span>
                    {status.sources.map((source, i) => (
                      <span key={source.url}>
                        {i > 0 && ', '}
                        <a href={source.url}>{source.label}</a>
                      </span>
                    ))}
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
