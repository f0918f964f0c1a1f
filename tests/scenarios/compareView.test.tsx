import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { CANDIDATES, OUTCOMES, recommendToday } from '../../rules';
import { CompareView } from '../../src/features/scenarios/CompareView';
import { AWS_AT_WORK, PI_HOMELAB } from './fixtures';

const WORK = { name: 'AWS at work', answers: AWS_AT_WORK };
const HOME = { name: 'Raspberry Pi at home', answers: PI_HOMELAB };
const SCENARIOS = [WORK, HOME];

/** The card of the scenario named `name`. */
const card = (name: string) => screen.getByRole('article', { name });

/** The row of a card's lists whose term starts with `term`: the term, its "Differs" mark and its values. */
function entry(inCard: HTMLElement, term: RegExp): HTMLElement {
  const dt = within(inCard)
    .getAllByRole('term')
    .find((t) => term.test(t.textContent ?? ''));
  // A <dl>'s row is a <div> with no role to query it by: reach it from its term.
  // eslint-disable-next-line testing-library/no-node-access
  const row = dt?.parentElement;
  if (!row) throw new Error(`no ${String(term)} in the card`);
  return row;
}

const values = (row: HTMLElement) =>
  within(row)
    .getAllByRole('definition')
    .map((d) => d.textContent);

describe('CompareView', () => {
  it('is a list of cards, one per scenario, each named by its heading', () => {
    render(<CompareView scenarios={SCENARIOS} headingLevel={2} />);
    const cards = screen
      .getAllByRole('listitem')
      .filter((li) => within(li).queryByRole('article') !== null);
    expect(cards).toHaveLength(2);
    expect(screen.getAllByRole('heading', { level: 2 }).map((h) => h.textContent)).toEqual([
      'AWS at work',
      'Raspberry Pi at home',
    ]);
    expect(card('AWS at work')).toBeInTheDocument();
    expect(
      within(card('AWS at work'))
        .getAllByRole('term')
        .map((t) => t.textContent?.replace('Differs', '').trim()),
    ).toEqual([
      'The 2019 article’s pick',
      'What to run today',
      'Platform',
      'Workload',
      'Rancher',
      'Kubernetes',
      'Maturity',
      'Node access',
      'Priority',
      'OS images',
    ]);
  });

  it('shows each article pick with its state today, in a warning when it is not maintained', () => {
    render(<CompareView scenarios={SCENARIOS} />);
    const work = entry(card('AWS at work'), /^The 2019 article’s pick/);
    expect(values(work)[0]).toBe('Standard Linux distribution');
    expect(within(work).getByText(OUTCOMES['standard-linux'].status.headline)).toBeInTheDocument();
    expect(within(work).queryByText(/Warning/)).not.toBeInTheDocument();

    const home = entry(card('Raspberry Pi at home'), /^The 2019 article’s pick/);
    expect(values(home)[0]).toBe('k3os');
    expect(home).toHaveTextContent(
      `Warning: ${OUTCOMES.k3os.status.headline} (as of November 2026)`,
    );
  });

  it('shows today’s pick and its one-line why for each scenario', () => {
    render(<CompareView scenarios={SCENARIOS} />);
    for (const { name, answers } of SCENARIOS) {
      const today = recommendToday(answers);
      expect(values(entry(card(name), /^What to run today/))).toEqual([
        CANDIDATES[today.top].name,
        today.why,
      ]);
    }
  });

  it('marks in words the rows that differ, and only those', () => {
    render(<CompareView scenarios={SCENARIOS} />);
    for (const name of ['AWS at work', 'Raspberry Pi at home']) {
      for (const term of [/^Platform/, /^Workload/, /^Priority/, /^The 2019 article’s pick/]) {
        const row = entry(card(name), term);
        expect(within(row).getByText('Differs')).toBeInTheDocument();
        expect(row).toHaveClass('compare__row--differs');
      }
      for (const term of [/^Rancher/, /^OS images/]) {
        expect(within(entry(card(name), term)).queryByText('Differs')).not.toBeInTheDocument();
      }
    }
    expect(values(entry(card('AWS at work'), /^Kubernetes/))).toEqual(['Not asked']);
    expect(values(entry(card('Raspberry Pi at home'), /^Kubernetes/))).toEqual([
      'A small single-binary Kubernetes is enough',
    ]);
  });

  it('gives the two strongest reasons and folds the full ranking', async () => {
    const user = userEvent.setup();
    render(<CompareView scenarios={SCENARIOS} />);
    const home = card('Raspberry Pi at home');
    expect(within(home).getByText('Why the article picks k3os')).toBeInTheDocument();
    const [reasons] = within(home).getAllByRole('list');
    expect(within(reasons as HTMLElement).getAllByRole('listitem')).toHaveLength(2);
    const ranking = within(home).getByRole('group');
    expect(ranking).not.toHaveAttribute('open');
    await user.click(within(ranking).getByText('The article’s ranking of all six'));
    expect(ranking).toHaveAttribute('open');
    const items = within(ranking).getAllByRole('listitem');
    expect(items).toHaveLength(6);
    expect(items[0]).toHaveTextContent('k3os');
  });

  it('marks no difference when the scenarios agree', () => {
    render(<CompareView scenarios={[WORK, { name: 'Same', answers: AWS_AT_WORK }]} />);
    expect(screen.queryByText('Differs')).not.toBeInTheDocument();
  });

  it('says so when a scenario’s answers are incomplete, and still lists them', () => {
    render(<CompareView scenarios={[WORK, { name: 'Half', answers: { platform: 'aws' } }]} />);
    const half = card('Half');
    expect(half).toHaveTextContent('Its answers are incomplete, so it has no recommendation.');
    expect(values(entry(half, /^Platform/))).toEqual(['AWS']);
  });

  it('renders a name that looks like HTML as text', () => {
    const name = '<img src=x onerror=alert(1)>';
    render(<CompareView scenarios={[{ name, answers: AWS_AT_WORK }, HOME]} />);
    expect(screen.getByRole('heading', { name })).toBeInTheDocument();
    expect(screen.queryByRole('img')).toBeNull();
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
