import { act, fireEvent, screen } from '@testing-library/react';
import { encodeAnswers } from '../../src/features/share/codec';
import { getScenarioStore } from '../../src/features/scenarios/store';
import { AWS_AT_WORK, PI_HOMELAB } from '../fixtures/answers';
import { findHeading, heading, openApp } from '../wizard/render-app';

const RESULT = `?${encodeAnswers(PI_HOMELAB)}`;
// The scenario pages load lazily and focus their heading after painting: on a busy machine
// either can take longer than Testing Library's one-second default.
const SETTLED = { timeout: 5000 };

/** What the browser does on Back: the previous entry comes back, then `popstate`. */
async function goBack() {
  const popped = new Promise((resolve) =>
    window.addEventListener('popstate', resolve, { once: true }),
  );
  act(() => window.history.back());
  await act(async () => {
    await popped;
  });
}

describe('moving between the app’s pages', () => {
  beforeEach(() => window.history.replaceState(null, '', `/${RESULT}`));

  it('follows the header’s link to the saved scenarios in this page, and Back returns to the result', async () => {
    const user = openApp();
    expect(await findHeading()).toHaveTextContent('k3os');
    const entries = window.history.length;
    await user.click(screen.getByRole('link', { name: 'Saved scenarios' }));
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Saved scenarios' }, SETTLED),
    ).toBeInTheDocument();
    expect(window.location.search).toBe('?view=scenarios');
    expect(window.history.length).toBe(entries + 1);
    expect(screen.getByRole('link', { name: 'Saved scenarios' })).toHaveAttribute(
      'aria-current',
      'page',
    );

    await vi.waitFor(() => expect(heading()).toHaveFocus(), SETTLED);

    await goBack();
    expect(heading()).toHaveTextContent('k3os');
    expect(window.location.search).toBe(RESULT);
    await vi.waitFor(() => expect(heading()).toHaveFocus(), SETTLED);
  });

  it('leaves a click with a modifier key to the browser (a new tab or window)', () => {
    openApp();
    const link = screen.getByRole('link', { name: 'Saved scenarios' });
    // fireEvent returns false when the click's default action was prevented.
    expect(fireEvent.click(link, { ctrlKey: true })).toBe(true);
    expect(window.location.search).toBe(RESULT);
  });

  it('opens a saved scenario’s full result from the list, and starts over at the first question', async () => {
    getScenarioStore().scenarios.getState().save(AWS_AT_WORK, 'AWS at work');
    window.history.replaceState(null, '', '/?view=scenarios');
    const user = openApp();
    await user.click(
      await screen.findByRole('link', { name: 'Open the full result of “AWS at work”' }, SETTLED),
    );
    expect(heading()).toHaveTextContent('Standard Linux distribution');
    expect(window.location.search).toBe(`?${encodeAnswers(AWS_AT_WORK)}`);

    await goBack();
    await user.click(
      await screen.findByRole('button', { name: 'Start over with new answers' }, SETTLED),
    );
    expect(heading()).toHaveTextContent('Where will your Kubernetes nodes run?');
    expect(window.location.search).toBe('?v=1');
    await vi.waitFor(() => expect(heading()).toHaveFocus(), SETTLED);
  });

  it('keeps the comparison in the address, so Back and Forward follow it', async () => {
    const store = getScenarioStore().scenarios.getState();
    const ids = [store.save(AWS_AT_WORK, 'Alpha').id, store.save(PI_HOMELAB, 'Beta').id];
    window.history.replaceState(null, '', '/?view=scenarios');
    const user = openApp();
    await user.click(await screen.findByRole('checkbox', { name: 'Compare “Beta”' }, SETTLED));
    await user.click(screen.getByRole('checkbox', { name: 'Compare “Alpha”' }));
    await user.click(screen.getByRole('button', { name: 'Compare ticked scenarios' }));
    expect(window.location.search).toBe(`?view=scenarios&compare=${ids[1]}&compare=${ids[0]}`);
    const comparison = () => screen.queryByRole('region', { name: 'Comparison' });
    expect(comparison()).toHaveTextContent(/Beta[\s\S]*Alpha/);

    await goBack();
    expect(comparison()).not.toBeInTheDocument();
    act(() => window.history.forward());
    await vi.waitFor(() => expect(comparison()).toHaveTextContent(/Beta[\s\S]*Alpha/), SETTLED);
  });
});
