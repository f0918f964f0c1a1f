import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { vi } from 'vitest';
import { CANDIDATES, QUESTIONS, recommendToday } from '../../rules';
import { PI_HOMELAB, renderResult } from './render-result';

describe('the result page actions', () => {
  it('copies the share link and says so in a status message', async () => {
    const user = userEvent.setup();
    const { shareUrl } = await renderResult(PI_HOMELAB);
    await user.click(screen.getByRole('button', { name: 'Copy link' }));
    expect(await navigator.clipboard.readText()).toBe(shareUrl);
    expect(screen.getByRole('status')).toHaveTextContent('Link copied to the clipboard.');
  });

  it('falls back to a selected, read-only field when the clipboard refuses', async () => {
    const user = userEvent.setup();
    vi.spyOn(navigator.clipboard, 'writeText').mockRejectedValue(new Error('denied'));
    const { shareUrl } = await renderResult(PI_HOMELAB);
    await user.click(screen.getByRole('button', { name: 'Copy link' }));
    const field = screen.getByRole('textbox', { name: 'The link' });
    expect(field).toHaveValue(shareUrl);
    expect(field).toHaveAttribute('readonly');
    expect(field).toHaveFocus();
    expect(screen.getByRole('status')).toHaveTextContent(/Could not reach the clipboard/);
  });

  it('copies a Markdown decision record', async () => {
    const user = userEvent.setup();
    await renderResult(PI_HOMELAB);
    await user.click(screen.getByText('More actions'));
    await user.click(screen.getByRole('button', { name: 'Copy as Markdown' }));
    expect(
      await screen.findByText('Markdown summary copied to the clipboard.'),
    ).toBeInTheDocument();
    const markdown = await navigator.clipboard.readText();
    const today = CANDIDATES[recommendToday(PI_HOMELAB).top].name;
    expect(markdown).toMatch(new RegExp(`^# Decision: ${today} for our Kubernetes nodes`));
  });

  it('prints and starts over from More actions, and shows extra actions in the bar', async () => {
    const user = userEvent.setup();
    const print = vi.spyOn(window, 'print').mockImplementation(() => {});
    const { onStartOver } = await renderResult(
      PI_HOMELAB,
      <button type="button" className="button">
        Save as scenario
      </button>,
    );
    await user.click(screen.getByText('More actions'));
    await user.click(screen.getByRole('button', { name: 'Print' }));
    expect(print).toHaveBeenCalledOnce();
    await user.click(screen.getByRole('button', { name: 'Start over' }));
    expect(onStartOver).toHaveBeenCalledOnce();
    expect(screen.getByRole('button', { name: 'Save as scenario' })).toBeInTheDocument();
  });

  it('lists the answers given, each with a Change button naming its question', async () => {
    const user = userEvent.setup();
    const { onChangeAnswer } = await renderResult(PI_HOMELAB);
    const answers = screen.getByRole('region', { name: /^Your answers/ });
    expect(within(answers).getAllByRole('button', { name: /^Change/ })).toHaveLength(6);
    expect(
      within(answers).getByText('Raspberry Pi or another small ARM board'),
    ).toBeInTheDocument();
    await user.click(
      within(answers).getByRole('button', {
        name: `Change your answer to “${QUESTIONS.kubernetes.prompt}”`,
      }),
    );
    expect(onChangeAnswer).toHaveBeenCalledWith('kubernetes');
  });
});

describe('back on the result from a Change', () => {
  it('marks the Change button used, so the app returns focus there', async () => {
    await renderResult(PI_HOMELAB, undefined, 'kubernetes');
    const answers = screen.getByRole('region', { name: /^Your answers/ });
    const buttons = within(answers).getAllByRole('button', { name: /^Change/ });
    const marked = buttons.filter((button) => button.hasAttribute('data-return-focus'));
    expect(marked).toEqual([
      within(answers).getByRole('button', {
        name: `Change your answer to “${QUESTIONS.kubernetes.prompt}”`,
      }),
    ]);
  });
});
