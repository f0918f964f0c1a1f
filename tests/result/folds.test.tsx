import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { OUTCOMES, PASSAGES, recommend, recommendToday, CANDIDATES } from '../../rules';
import { AWS_LOCKED_DOWN, PI_HOMELAB, renderResult } from './render-result';

// jsdom toggles <details> on a click of its summary (the browser's keyboard
// activation, Enter and Space, is checked in Chromium: tests/e2e/result-folds.spec.ts).
const fold = (name: string) => screen.getByRole('group', { name });
const summaryOf = (group: HTMLElement) =>
  within(group).getByText(/./, { selector: 'summary > span:first-child' });

describe('the folded detail', () => {
  it('starts folded, opens and closes on its summary, and shows its body only when open', async () => {
    const user = userEvent.setup();
    await renderResult(PI_HOMELAB);
    const ranking = fold('The article’s six options, ranked');
    expect(ranking).not.toHaveAttribute('open');
    const list = await within(ranking).findByRole('list', { hidden: true });
    expect(list).not.toBeVisible();
    await user.click(summaryOf(ranking));
    expect(ranking).toHaveAttribute('open');
    expect(list).toBeVisible();
    await user.click(summaryOf(ranking));
    expect(ranking).not.toHaveAttribute('open');
    expect(list).not.toBeVisible();
  });

  it('ranks the article’s six in order, in words, with no scores and each one’s state today', async () => {
    await renderResult(PI_HOMELAB);
    const ranking = fold('The article’s six options, ranked');
    const items = await within(ranking).findAllByRole('listitem', { hidden: true });
    const { ranking: ranked } = recommend(PI_HOMELAB);
    expect(items).toHaveLength(6);
    ranked.forEach((outcome, i) => {
      const item = items[i]!;
      expect(item).toHaveTextContent(OUTCOMES[outcome.os].name);
      expect(item).toHaveTextContent(OUTCOMES[outcome.os].status.tag);
      expect(item).not.toHaveTextContent(String(outcome.score));
      if (outcome.blocked)
        expect(item).toHaveTextContent(`Ruled out: ${outcome.reasonsAgainst[0]?.summary ?? ''}`);
    });
  });

  it('answers "Why not X?" for every other option, blocking reasons first, each passage quoted once', async () => {
    await renderResult(PI_HOMELAB);
    const whyNot = fold('Why not the others?');
    const [, ...others] = recommend(PI_HOMELAB).ranking;
    for (const outcome of others) {
      const section = await within(whyNot).findByRole('region', {
        name: new RegExp(`^Why not ${OUTCOMES[outcome.os].name}\\?`),
        hidden: true,
      });
      const items = within(section).queryAllByRole('listitem', { hidden: true });
      expect(items).toHaveLength(outcome.reasonsAgainst.length);
      outcome.reasonsAgainst.forEach((reason, i) =>
        expect(items[i]).toHaveTextContent(reason.summary),
      );
    }
    const containerLinux = within(whyNot).getByRole('region', {
      name: /^Why not Container Linux\?/,
      hidden: true,
    });
    expect(within(containerLinux).getAllByRole('listitem', { hidden: true })[0]).toHaveTextContent(
      /^Rules it out:/,
    );
    for (const passage of Object.values(PASSAGES))
      expect(screen.queryAllByText(passage.text).length).toBeLessThan(2);
  });

  it('gives the caveats of the pick, and what has become of all six, dated and sourced', async () => {
    await renderResult(AWS_LOCKED_DOWN);
    const caveats = fold('The article’s caveats about Talos');
    for (const caveat of OUTCOMES.talos.caveats)
      expect(await within(caveats).findByText(caveat.summary)).toBeInTheDocument();
    const status = fold('What has become of the six since 2019');
    expect(await within(status).findAllByText(/^As of November 2026\./)).toHaveLength(6);
    expect(
      within(status).getByText('For a locked-down, API-managed node on AWS'),
    ).toBeInTheDocument();
  });

  it('ranks today’s maintained systems, each reason linked to its fact’s source', async () => {
    await renderResult(AWS_LOCKED_DOWN);
    const today = recommendToday(AWS_LOCKED_DOWN);
    const ranking = fold('Today’s ranking of the maintained systems');
    const items = await within(ranking).findAllByRole('listitem', { hidden: true });
    const top = items[0]!;
    expect(top).toHaveTextContent(`${CANDIDATES[today.top].name}Today’s pick`);
    expect(within(ranking).getAllByRole('link', { hidden: true }).length).toBeGreaterThan(0);
  });
});
