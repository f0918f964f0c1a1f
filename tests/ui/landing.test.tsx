import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { ARTICLE_HEIRS, FACTS, OUTCOMES, PASSAGES } from '../../rules';
import { Landing } from '../../src/features/landing/Landing';

describe('Landing', () => {
  it('says what the tool does and where its reasoning comes from', () => {
    render(<Landing />);
    expect(
      screen.getByRole('heading', {
        level: 1,
        name: 'Which operating system should your Kubernetes nodes run?',
      }),
    ).toBeInTheDocument();
    expect(
      screen.getAllByRole('link', { name: 'Kubernetes Operating Systems' })[0],
    ).toHaveAttribute('href', 'https://kubedex.com/kubernetes-operating-systems/');
    expect(screen.getByText('status today')).toBeInTheDocument();
  });

  it('shows the six options with the article’s verdict, its passage and the dated status today', () => {
    render(<Landing />);
    const table = screen.getByRole('table');
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows).toHaveLength(6);
    for (const [i, outcome] of Object.values(OUTCOMES).entries()) {
      const row = rows[i];
      if (!row) throw new Error(`row ${i} missing`);
      expect(within(row).getByRole('rowheader')).toHaveTextContent(outcome.name);
      expect(within(row).getByText(outcome.verdict.label)).toBeInTheDocument();
      expect(within(row).getByText(PASSAGES[outcome.verdict.passageId].text)).toBeInTheDocument();
      const status = within(row).getAllByRole('cell')[1];
      if (!status) throw new Error(`row ${i} has no status cell`);
      expect(within(status).getByText('As of November 2026.')).toBeInTheDocument();
      // The precise state, e.g. LinuxKit's toolkit lives on but not its Kubernetes image.
      expect(status).toHaveTextContent(outcome.status.tag);
      for (const source of outcome.status.sources) {
        expect(within(status).getByRole('link', { name: source.label })).toHaveAttribute(
          'href',
          source.url,
        );
      }
    }
  });

  it('names each option’s heir today, in a column of its own, with the heirs’ sources', () => {
    render(<Landing />);
    const table = screen.getByRole('table');
    expect(
      within(table)
        .getAllByRole('columnheader')
        .map((th) => th.textContent),
    ).toEqual(['Option', 'The article’s verdict (2019)', 'Status today', 'Its heir today']);
    const rows = within(table).getAllByRole('row').slice(1);
    for (const [i, outcome] of Object.values(OUTCOMES).entries()) {
      const cell = within(rows[i] ?? table).getAllByRole('cell')[2];
      if (!cell) throw new Error(`row ${i} has no heir cell`);
      const heirs = ARTICLE_HEIRS[outcome.id];
      expect(cell).toHaveTextContent(heirs.summary);
      expect(cell).toHaveTextContent('As of November 2026.');
      const urls = new Set(heirs.factIds.map((id) => FACTS[id].source.url));
      const links = within(cell).getAllByRole('link');
      expect(links.map((a) => a.getAttribute('href')).sort()).toEqual([...urls].sort());
    }
  });

  it('offers to start the interview only when it can', async () => {
    const { rerender } = render(<Landing />);
    expect(screen.queryByRole('button', { name: 'Start now' })).not.toBeInTheDocument();
    const onStart = vi.fn();
    rerender(<Landing onStart={onStart} />);
    await userEvent.click(screen.getByRole('button', { name: 'Start now' }));
    expect(onStart).toHaveBeenCalledOnce();
  });
});
