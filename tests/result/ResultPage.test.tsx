import { render, screen, waitFor, within } from '@testing-library/react';
import { CANDIDATES, OUTCOMES, PASSAGES, recommend, recommendToday } from '../../rules';
import { ResultPage } from '../../src/features/result/ResultPage';
import { CI_PIPELINES } from '../fixtures/answers';
import { AWS_LOCKED_DOWN, PI_HOMELAB, PI_WITH_RANCHER, renderResult } from './render-result';

describe('ResultPage, first screen', () => {
  it('paints its first screen before the rest, which follows once painted; back from a Change, at once', async () => {
    const page = (changed: 'platform' | null) => (
      <ResultPage
        answers={PI_HOMELAB}
        shareUrl="https://advisor.example/"
        changed={changed}
        onChangeAnswer={vi.fn()}
        onStartOver={vi.fn()}
      />
    );
    const reasons = { name: 'Why k3os, in the article’s words' };
    const { unmount } = render(page(null));
    expect(screen.getByRole('article', { busy: true })).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 1, name: 'k3os' })).toBeInTheDocument();
    expect(screen.getByRole('region', { name: /^What to run today/ })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Copy link' })).toBeInTheDocument();
    expect(screen.queryByRole('region', reasons)).toBeNull();
    expect(await screen.findByRole('region', reasons)).toBeInTheDocument();
    expect(screen.getByRole('article', { busy: false })).toBeInTheDocument();
    unmount();
    // Focus returns to the Change button used, far down the page: it must be there at once.
    render(page('platform'));
    expect(screen.getByRole('region', reasons)).toBeInTheDocument();
  });

  it('names the article’s pick in the h1 with a one-line why, focuses it and titles the page', async () => {
    await renderResult(PI_HOMELAB);
    const heading = screen.getByRole('heading', { level: 1, name: 'k3os' });
    expect(heading).toHaveFocus();
    // The why is said once: under the heading, not again as reason 1.
    expect(screen.getAllByText(recommend(PI_HOMELAB).why)).toHaveLength(1);
    expect(document.title).toBe('Recommendation: k3os – K8s OS Advisor');
  });

  it('warns, in words, that a discontinued pick is not maintained, and names what to run instead', async () => {
    await renderResult(PI_HOMELAB);
    const today = recommendToday(PI_HOMELAB);
    const warning = screen.getByText(
      (_, element) => element?.tagName === 'P' && !!element.textContent?.includes('Warning:'),
    );
    expect(warning).toHaveClass('pick-state--warning');
    expect(warning).toHaveTextContent(
      `Warning: ${OUTCOMES.k3os.status.headline}. Run ${CANDIDATES[today.top].name} instead`,
    );
    expect(within(warning).queryByText('Maintained')).toBeNull();
  });

  it('gives a maintained pick a Maintained tag and no warning; today’s pick with its own why', async () => {
    await renderResult(AWS_LOCKED_DOWN);
    const today = recommendToday(AWS_LOCKED_DOWN);
    expect(
      within(screen.getByRole('region', { name: /^What to run today/ })).getByText(today.why),
    ).toBeInTheDocument();
    expect(screen.queryByText('Warning:')).toBeNull();
    // On the first screen, under the pick's name; the status fold, further down, says it again.
    const [state] = screen.getAllByText(OUTCOMES.talos.status.headline, { exact: false });
    expect(within(state as HTMLElement).getByText('Maintained')).toHaveClass('tag--good');
  });

  it('shows today’s pick beside the article’s: name, why, heir, dated sources', async () => {
    await renderResult(PI_HOMELAB);
    const today = recommendToday(PI_HOMELAB);
    const name = CANDIDATES[today.top].name;
    const card = screen.getByRole('region', { name: `What to run today: ${name}` });
    // k3os's heir is today's pick: what carries k3os on is the why.
    expect(today.heir.heir).toBe(today.top);
    expect(within(card).getByText(today.heir.summary)).toBeInTheDocument();
    expect(card).toHaveTextContent('Not from the article: facts as of November 2026.');
    expect(within(card).getAllByRole('link').length).toBeGreaterThan(0);
  });

  it('has one primary action; the rarer ones grouped under More actions', async () => {
    await renderResult(PI_HOMELAB);
    expect(screen.getByRole('button', { name: 'Copy link' })).toHaveClass('button');
    expect(screen.getByRole('button', { name: 'Copy link' })).not.toHaveClass('button--secondary');
    const menu = screen.getByRole('group', { name: 'More actions' });
    expect(menu).not.toHaveAttribute('open');
    for (const name of ['Copy as Markdown', 'Print', 'Start over'])
      expect(within(menu).getByRole('button', { name, hidden: true })).not.toBeVisible();
  });
});

describe('ResultPage, reasons', () => {
  it('gives each reason with its own passage, quoted, with one attribution line', async () => {
    await renderResult(PI_HOMELAB);
    const reasons = screen.getByRole('region', { name: 'Why k3os, in the article’s words' });
    expect(
      within(reasons).getAllByRole('link', { name: 'Kubernetes Operating Systems' }),
    ).toHaveLength(1);
    const [top] = recommend(PI_HOMELAB).ranking;
    const passages = new Set(top?.reasonsFor.map((reason) => reason.passageId));
    const quoted = within(reasons)
      .getAllByRole('blockquote')
      .map((quote) => quote.textContent);
    expect(quoted).toEqual([...passages].map((id) => PASSAGES[id].text));
    for (const reason of top?.reasonsFor.slice(1) ?? [])
      expect(within(reasons).getByText(reason.summary, { exact: false })).toBeInTheDocument();
  });

  it('marks our readings as ours', async () => {
    await renderResult(PI_HOMELAB);
    const [top] = recommend(PI_HOMELAB).ranking;
    const ours = top?.reasonsFor.slice(1).filter((reason) => reason.voice === 'ours') ?? [];
    expect(ours.length).toBeGreaterThan(0);
    for (const reason of ours)
      expect(screen.getByText(reason.summary, { exact: false })).toHaveTextContent(
        `Our reading: ${reason.summary}`,
      );
  });

  it('folds the reasons resting on a passage already quoted, pointing to it, never quoting twice', async () => {
    await renderResult(PI_WITH_RANCHER);
    const more = screen.getByRole('group', { name: 'More reasons, on the passages above' });
    expect(more).not.toHaveAttribute('open');
    expect(within(more).queryAllByRole('blockquote')).toHaveLength(0);
    expect(within(more).getAllByText(/\(The passage of reason \d\.\)/).length).toBeGreaterThan(0);
    // Once the folds' bodies are in too: nothing is quoted twice anywhere on the page.
    await waitFor(() => expect(screen.queryAllByText('Loading…')).toHaveLength(0));
    for (const passage of Object.values(PASSAGES))
      expect(screen.queryAllByText(passage.text).length).toBeLessThan(2);
  });

  it('says where the article pulls two ways, with the passages folded', async () => {
    await renderResult(PI_HOMELAB);
    const note = screen.getByRole('region', { name: 'Where the article pulls two ways' });
    for (const conflict of recommend(PI_HOMELAB).conflicts)
      expect(within(note).getByRole('region', { name: conflict.heading })).toHaveTextContent(
        conflict.summary,
      );
    expect(within(note).getByRole('group', { name: 'The two passages' })).not.toHaveAttribute(
      'open',
    );
  });

  it('has no conflict note where the article gives one answer', async () => {
    expect(recommend(CI_PIPELINES).conflicts).toEqual([]);
    await renderResult(CI_PIPELINES);
    expect(screen.queryByRole('region', { name: 'Where the article pulls two ways' })).toBeNull();
  });
});
