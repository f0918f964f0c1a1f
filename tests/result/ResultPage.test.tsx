import { screen, within } from '@testing-library/react';
import { ARTICLE, OUTCOMES, PASSAGES, recommend } from '../../rules';
import { CI_PIPELINES } from '../fixtures/answers';
import { AWS_LOCKED_DOWN, PI_HOMELAB, PI_WITH_RANCHER, renderResult } from './render-result';

describe('ResultPage', () => {
  it('names the top pick in the h1 with a one-line why, focuses it and titles the page', () => {
    renderResult(PI_HOMELAB);
    const heading = screen.getByRole('heading', { level: 1, name: 'k3os' });
    expect(heading).toHaveFocus();
    // The one-line why leads the page; it is also the first reason, with its quote.
    const [lead] = screen.getAllByText(recommend(PI_HOMELAB).why);
    expect(lead).toHaveClass('lead');
    expect(document.title).toBe('Recommendation: k3os – K8s OS Advisor');
  });

  it('says up front when the pick is no longer maintained, and links to the alternatives', () => {
    renderResult(PI_HOMELAB);
    const hint = screen.getByText(
      (_, element) =>
        element?.tagName === 'P' &&
        element.textContent?.startsWith('Status today (November 2026):') === true,
    );
    expect(hint).toHaveTextContent('No longer maintained; superseded by Elemental.');
    expect(
      within(hint).getByRole('link', {
        name: 'See the maintained alternatives and sources',
      }),
    ).toHaveAttribute('href', '#today-heading');
  });

  it('gives each reason for the pick with its passage, quoted and attributed to the article', () => {
    renderResult(PI_HOMELAB);
    const reasons = screen.getByRole('region', { name: 'Why k3os' });
    const [top] = recommend(PI_HOMELAB).ranking;
    expect(top?.reasonsFor.length).toBeGreaterThan(0);
    for (const reason of top?.reasonsFor ?? []) {
      expect(within(reasons).getByText(reason.summary)).toBeInTheDocument();
      const figure = within(reasons)
        .getAllByRole('figure')
        .find((f) => within(f).queryByText(PASSAGES[reason.passageId].text));
      if (!figure) throw new Error(`no quotation of ${reason.passageId}`);
      expect(within(figure).getByText(`“${ARTICLE.title}”`)).toBeInTheDocument();
      expect(within(figure).getByRole('link', { name: 'the article' })).toHaveAttribute(
        'href',
        ARTICLE.url,
      );
    }
  });

  it('quotes a passage once when several reasons rest on it, the later ones pointing back', () => {
    renderResult(PI_WITH_RANCHER);
    const reasons = screen.getByRole('region', { name: 'Why RancherOS' });
    const passages = (recommend(PI_WITH_RANCHER).ranking[0]?.reasonsFor ?? []).map(
      (reason) => reason.passageId,
    );
    expect(new Set(passages).size).toBeLessThan(passages.length);
    const quoted = within(reasons)
      .getAllByRole('figure')
      .map((figure) => within(figure).getByRole('blockquote').textContent);
    expect(quoted).toEqual([...new Set(passages)].map((id) => PASSAGES[id].text));
    const items = within(reasons).getAllByRole('listitem');
    passages.forEach((id, index) => {
      const first = passages.indexOf(id);
      if (first === index) expect(within(items[index]!).getByRole('figure')).toBeInTheDocument();
      else
        expect(items[index]).toHaveTextContent(
          `The same passage as reason ${first + 1}, quoted above.`,
        );
    });
  });

  it('ranks all six outcomes with their scores written out, ruled-out ones labelled', () => {
    renderResult(PI_HOMELAB);
    const table = screen.getByRole('table', { name: /six options ranked/ });
    const rows = within(table).getAllByRole('row').slice(1);
    const { ranking } = recommend(PI_HOMELAB);
    expect(rows).toHaveLength(6);
    ranking.forEach((outcome, i) => {
      const row = rows[i];
      if (!row) throw new Error(`row ${i} missing`);
      expect(within(row).getByRole('rowheader')).toHaveTextContent(OUTCOMES[outcome.os].name);
      expect(within(row).getAllByRole('cell')[0]).toHaveTextContent(String(outcome.rank));
      expect(within(row).getAllByRole('cell')[1]).toHaveTextContent(String(outcome.score));
      expect(within(row).queryByText('Ruled out') !== null).toBe(outcome.blocked);
    });
  });

  it('answers "Why not X?" for every other outcome, blocking reasons first', () => {
    renderResult(PI_HOMELAB);
    const whyNot = screen.getByRole('region', { name: 'Why not the others?' });
    const [, ...others] = recommend(PI_HOMELAB).ranking;
    expect(within(whyNot).getAllByRole('heading', { level: 3 })).toHaveLength(5);
    for (const outcome of others) {
      const name = OUTCOMES[outcome.os].name;
      const section = within(whyNot).getByRole('region', {
        name: new RegExp(`^Why not ${name}\\?`),
      });
      expect(section).toHaveTextContent(/scored/);
      const items = within(section).queryAllByRole('listitem');
      expect(items).toHaveLength(outcome.reasonsAgainst.length);
      outcome.reasonsAgainst.forEach((reason, i) => {
        expect(items[i]).toHaveTextContent(reason.summary);
        expect(items[i]).toHaveTextContent(PASSAGES[reason.passageId].text);
      });
    }
    const containerLinux = within(whyNot).getByRole('region', {
      name: /^Why not Container Linux\?/,
    });
    expect(within(containerLinux).getAllByRole('listitem')[0]).toHaveTextContent(/^Rules it out:/);
  });

  it('explains from the data why an outcome with nothing against it still lost', () => {
    renderResult(PI_HOMELAB);
    const rancherOs = screen.getByRole('region', { name: 'Why not RancherOS?' });
    const { ranking } = recommend(PI_HOMELAB);
    const score = (os: string) => ranking.find((o) => o.os === os)?.score;
    expect(rancherOs).toHaveTextContent(
      `Nothing in the article counts against RancherOS for your answers, but fewer or weaker reasons point to it. It scored ${score('rancheros')}; k3os scored ${score('k3os')}.`,
    );
  });

  it('notes, for a Raspberry Pi, that the article names two answers, with both passages', () => {
    renderResult(PI_HOMELAB);
    const note = screen.getByRole('region', {
      name: 'The article names two answers for a Raspberry Pi or edge devices',
    });
    expect(note).toHaveTextContent('Your answers tip it to k3os');
    expect(within(note).getByText(PASSAGES['k3os-raspberry-pi'].text)).toBeInTheDocument();
    expect(within(note).getByText(PASSAGES['rancheros-pi-edge-rke'].text)).toBeInTheDocument();
  });

  it('has no conflict note where the article gives one answer', () => {
    renderResult(CI_PIPELINES);
    expect(screen.queryByRole('region', { name: /^The article names two answers/ })).toBeNull();
  });

  it('lists the caveats the article attaches to the pick', () => {
    renderResult(AWS_LOCKED_DOWN);
    const caveats = screen.getByRole('region', { name: 'Caveats' });
    for (const caveat of OUTCOMES.talos.caveats) {
      expect(within(caveats).getByText(PASSAGES[caveat.passageId].text)).toBeInTheDocument();
    }
  });
});
