import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { CompareView } from '../../src/features/scenarios/CompareView';
import { AWS_AT_WORK, PI_HOMELAB } from './fixtures';

const WORK = { name: 'AWS at work', answers: AWS_AT_WORK };
const HOME = { name: 'Raspberry Pi at home', answers: PI_HOMELAB };
const SCENARIOS = [WORK, HOME];
const row = (name: RegExp) => screen.getByRole('rowheader', { name }).closest('tr') as HTMLElement;

describe('CompareView', () => {
  it('is a table with a caption, a column per scenario and a row per question and result', () => {
    render(<CompareView scenarios={SCENARIOS} />);
    const table = screen.getByRole('table', { name: /2 scenarios side by side/ });
    const columns = within(table).getAllByRole('columnheader');
    expect(columns.map((c) => c.textContent)).toEqual(['AWS at work', 'Raspberry Pi at home']);
    columns.forEach((c) => expect(c).toHaveAttribute('scope', 'col'));
    const rows = within(table).getAllByRole('rowheader');
    expect(rows.map((r) => r.textContent?.replace('Differs', '').trim())).toEqual([
      'Platform',
      'Workload',
      'Rancher',
      'Kubernetes',
      'Maturity',
      'Node access',
      'Priority',
      'OS images',
      'Top pick',
      'Ranking',
      'Strongest reasons',
    ]);
    rows.forEach((r) => expect(r).toHaveAttribute('scope', 'row'));
  });

  it('marks in words the rows that differ, and only those', () => {
    render(<CompareView scenarios={SCENARIOS} />);
    for (const name of [/^Platform/, /^Workload/, /^Priority/, /^Top pick/]) {
      expect(within(row(name)).getByText('Differs')).toBeInTheDocument();
      expect(row(name)).toHaveClass('compare__row--differs');
    }
    for (const name of [/^Rancher/, /^OS images/]) {
      expect(within(row(name)).queryByText('Differs')).not.toBeInTheDocument();
    }
    expect(
      within(row(/^Kubernetes/))
        .getAllByRole('cell')
        .map((c) => c.textContent),
    ).toEqual(['Not asked', 'A small single-binary Kubernetes is enough']);
  });

  it('shows each top pick, the full ranking and the two strongest reasons', () => {
    render(<CompareView scenarios={SCENARIOS} />);
    expect(
      within(row(/^Top pick/))
        .getAllByRole('cell')
        .map((c) => c.textContent),
    ).toEqual(['Standard Linux distribution', 'k3os']);
    const rankings = within(row(/^Ranking/)).getAllByRole('list');
    expect(rankings.map((l) => within(l).getAllByRole('listitem').length)).toEqual([6, 6]);
    expect(within(rankings[1] as HTMLElement).getAllByRole('listitem')[0]).toHaveTextContent(
      'k3os',
    );
    const reasons = within(row(/^Strongest reasons/)).getAllByRole('list');
    reasons.forEach((l) => expect(within(l).getAllByRole('listitem')).toHaveLength(2));
  });

  it('marks no difference when the scenarios agree', () => {
    render(<CompareView scenarios={[WORK, { name: 'Same', answers: AWS_AT_WORK }]} />);
    expect(screen.queryByText('Differs')).not.toBeInTheDocument();
  });

  it('renders a name that looks like HTML as text', () => {
    const name = '<img src=x onerror=alert(1)>';
    const { container } = render(
      <CompareView scenarios={[{ name, answers: AWS_AT_WORK }, HOME]} />,
    );
    expect(screen.getByRole('columnheader', { name })).toBeInTheDocument();
    expect(container.querySelector('img')).toBeNull();
  });

  it('copies the comparison link and announces it', async () => {
    const user = userEvent.setup();
    const writeText = vi.spyOn(navigator.clipboard, 'writeText').mockResolvedValue();
    render(<CompareView scenarios={SCENARIOS} shareUrl="https://x.test/?v=1&view=compare" />);
    await user.click(screen.getByRole('button', { name: 'Copy comparison link' }));
    expect(writeText).toHaveBeenCalledWith('https://x.test/?v=1&view=compare');
    expect(screen.getByRole('status')).toHaveTextContent(
      'Comparison link copied to the clipboard.',
    );
  });

  it('offers the link to copy by hand when the clipboard refuses', async () => {
    const user = userEvent.setup();
    vi.spyOn(navigator.clipboard, 'writeText').mockRejectedValue(new Error('denied'));
    render(<CompareView scenarios={SCENARIOS} shareUrl="https://x.test/?v=1&view=compare" />);
    await user.click(screen.getByRole('button', { name: 'Copy comparison link' }));
    expect(screen.getByRole('status')).toHaveTextContent(/Could not reach the clipboard/);
    expect(screen.getByRole('textbox', { name: 'Comparison link' })).toHaveValue(
      'https://x.test/?v=1&view=compare',
    );
  });
});
