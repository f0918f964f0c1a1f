import { fireEvent, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { CANDIDATES, recommendToday } from '../../rules';
import { ScenariosView } from '../../src/features/scenarios/ScenariosView';
import { SharedComparison } from '../../src/features/scenarios/SharedComparison';
import { STORAGE_KEY } from '../../src/features/scenarios/store';
import { AWS_AT_WORK, PI_HOMELAB, freshStore } from './fixtures';
import { MemoryStorage } from './memoryStorage';
import { withStore } from './withStore';

/** The alert whose text matches: the view has two alert regions (storage problems, the compare error). */
const alertWith = (text: RegExp) =>
  screen.getAllByRole('alert').find((a) => text.test(a.textContent ?? ''));

const link = (scenarios: readonly { name: string }[]) =>
  `https://x.test/?compare=${scenarios.map((s) => s.name).join('|')}`;

/** The saved list with its comparison kept in state, as the app shell keeps it in the URL. */
function SavedList({ initial = [] }: { initial?: readonly string[] }) {
  const [compared, setCompared] = useState(initial);
  return (
    <ScenariosView
      comparisonLink={link}
      resultLink={(answers) => `?platform=${answers.platform ?? ''}`}
      compared={compared}
      onCompare={setCompared}
    />
  );
}

function withTwo() {
  const store = freshStore();
  store.scenarios.getState().save(AWS_AT_WORK, 'AWS at work');
  store.scenarios.getState().save(PI_HOMELAB, 'Raspberry Pi at home');
  return store;
}

describe('ScenariosView', () => {
  it('lists saved scenarios with their top pick, heading focused', () => {
    render(<SavedList />, withStore(withTwo()));
    expect(screen.getByRole('heading', { level: 1, name: 'Saved scenarios' })).toHaveFocus();
    const items = screen.getAllByRole('listitem');
    expect(items.map((i) => within(i).getByRole('heading', { level: 2 }).textContent)).toEqual([
      'AWS at work',
      'Raspberry Pi at home',
    ]);
    const pi = within(items[1] ?? document.body);
    expect(pi.getAllByRole('term').map((t) => t.textContent)).toEqual([
      'The article’s pick',
      'Today’s pick',
    ]);
    expect(items[1]).toHaveTextContent(/The article’s pick\s*k3os Not maintained/);
    expect(items[1]).toHaveTextContent(
      `Today’s pick${CANDIDATES[recommendToday(PI_HOMELAB).top].name}`,
    );
    expect(
      pi.getByRole('link', { name: 'Open the full result of “Raspberry Pi at home”' }),
    ).toHaveAttribute('href', '?platform=raspberry-pi');
  });

  it('cancels a rename with Escape, the name unchanged and focus back on it', async () => {
    const user = userEvent.setup();
    const store = withTwo();
    render(<SavedList />, withStore(store));
    await user.click(screen.getByRole('button', { name: 'Rename “AWS at work”' }));
    await user.type(screen.getByRole('textbox', { name: 'New name' }), 'Something else{Escape}');
    expect(screen.queryByRole('form')).not.toBeInTheDocument();
    expect(store.scenarios.getState().scenarios[0]?.name).toBe('AWS at work');
    await vi.waitFor(() =>
      expect(screen.getByRole('heading', { level: 2, name: 'AWS at work' })).toHaveFocus(),
    );
  });

  it('deletes nothing on the second click of a double-click, which lands on the card that moved up', async () => {
    const user = userEvent.setup();
    const store = withTwo();
    render(<SavedList />, withStore(store));
    await user.click(screen.getByRole('button', { name: 'Delete “AWS at work”' }));
    fireEvent.click(screen.getByRole('button', { name: 'Delete “Raspberry Pi at home”' }), {
      detail: 2,
    });
    expect(store.scenarios.getState().scenarios.map((s) => s.name)).toEqual([
      'Raspberry Pi at home',
    ]);
    expect(screen.getByRole('status')).toHaveTextContent('Deleted “AWS at work”.');
  });

  it('shows a long list 50 at a time, focus going on to the first of those just shown', async () => {
    const user = userEvent.setup();
    const store = freshStore();
    for (let i = 1; i <= 60; i += 1) store.scenarios.getState().save(AWS_AT_WORK, `Scenario ${i}`);
    render(<SavedList />, withStore(store));
    // `hidden: true` skips jsdom's slow visibility check of every element; nothing here is hidden.
    const cards = () => screen.getAllByRole('listitem', { hidden: true });
    expect(cards()).toHaveLength(50);
    expect(screen.getByText('Showing 50 of 60 saved scenarios.')).toBeInTheDocument();
    await user.click(screen.getByText('Show 10 more'));
    expect(cards()).toHaveLength(60);
    expect(within(cards()[50] ?? document.body).getByRole('heading', { level: 2 })).toHaveFocus();
    expect(screen.queryByText(/^Show \d+ more/)).not.toBeInTheDocument();
  });

  it('says so when the address compares scenarios not saved here', () => {
    render(<SavedList initial={['gone-1', 'gone-2']} />, withStore(withTwo()));
    expect(screen.queryByRole('region', { name: 'Comparison' })).not.toBeInTheDocument();
    expect(
      screen.getByText(/names a comparison of scenarios that are no longer saved/),
    ).toBeVisible();
  });

  it('opens with the comparison the address names, its scenarios ticked', () => {
    const store = withTwo();
    const ids = store.scenarios.getState().scenarios.map((s) => s.id);
    render(<SavedList initial={[...ids].reverse()} />, withStore(store));
    // In the order the address gives, whatever the comparison's layout.
    expect(screen.getByRole('region', { name: 'Comparison' })).toHaveTextContent(
      /Raspberry Pi at home[\s\S]*AWS at work/,
    );
    expect(screen.getByRole('checkbox', { name: 'Compare “AWS at work”' })).toBeChecked();
    expect(screen.getByRole('checkbox', { name: 'Compare “Raspberry Pi at home”' })).toBeChecked();
  });

  it('renames a scenario', async () => {
    const user = userEvent.setup();
    const store = withTwo();
    render(<SavedList />, withStore(store));
    await user.click(screen.getByRole('button', { name: 'Rename “AWS at work”' }));
    const field = screen.getByRole('textbox', { name: 'New name' });
    await user.clear(field);
    await user.type(field, 'Production on AWS{Enter}');
    expect(
      screen.getByRole('heading', { level: 2, name: 'Production on AWS' }),
    ).toBeInTheDocument();
    expect(store.scenarios.getState().scenarios[0]?.name).toBe('Production on AWS');
  });

  it('deletes with an undo that restores the scenario', async () => {
    const user = userEvent.setup();
    const store = withTwo();
    render(<SavedList />, withStore(store));
    await user.click(screen.getByRole('button', { name: 'Delete “AWS at work”' }));
    expect(screen.queryByRole('heading', { name: 'AWS at work' })).not.toBeInTheDocument();
    expect(screen.getByRole('status')).toHaveTextContent('Deleted “AWS at work”.');
    const undo = screen.getByRole('button', { name: 'Undo delete' });
    expect(undo).toHaveFocus();
    await user.click(undo);
    expect(screen.getByRole('heading', { level: 2, name: 'AWS at work' })).toHaveFocus();
    expect(screen.getByRole('status')).toHaveTextContent('Restored “AWS at work”.');
    expect(store.scenarios.getState().scenarios.map((s) => s.name)).toEqual([
      'AWS at work',
      'Raspberry Pi at home',
    ]);
  });

  it('moves focus to Undo again on every further delete', async () => {
    const user = userEvent.setup();
    render(<SavedList />, withStore(withTwo()));
    await user.click(screen.getByRole('button', { name: 'Delete “AWS at work”' }));
    expect(screen.getByRole('button', { name: 'Undo delete' })).toHaveFocus();
    await user.click(screen.getByRole('button', { name: 'Delete “Raspberry Pi at home”' }));
    expect(screen.getByRole('status')).toHaveTextContent('Deleted “Raspberry Pi at home”.');
    expect(screen.getByRole('button', { name: 'Undo delete' })).toHaveFocus();
  });

  it('compares the ticked scenarios, and says when too few are ticked', async () => {
    const user = userEvent.setup();
    render(<SavedList />, withStore(withTwo()));
    await user.click(screen.getByRole('checkbox', { name: 'Compare “AWS at work”' }));
    await user.click(screen.getByRole('button', { name: 'Compare ticked scenarios' }));
    expect(alertWith(/Tick between 2 and 4 scenarios to compare; 1 is ticked\./)).toBeDefined();
    expect(screen.queryByRole('region', { name: 'Comparison' })).not.toBeInTheDocument();
    await user.click(screen.getByRole('checkbox', { name: 'Compare “Raspberry Pi at home”' }));
    await user.click(screen.getByRole('button', { name: 'Compare ticked scenarios' }));
    expect(screen.getByRole('heading', { level: 2, name: 'Comparison' })).toHaveFocus();
    // In the order ticked, whatever the comparison's layout.
    expect(screen.getByRole('region', { name: 'Comparison' })).toHaveTextContent(
      /AWS at work[\s\S]*Raspberry Pi at home/,
    );
    const writeText = vi.spyOn(navigator.clipboard, 'writeText').mockResolvedValue();
    await user.click(screen.getByRole('button', { name: 'Copy comparison link' }));
    expect(writeText).toHaveBeenCalledWith(
      'https://x.test/?compare=AWS at work|Raspberry Pi at home',
    );
  });

  it('shows scenario names that look like HTML as text', () => {
    const store = freshStore();
    store.scenarios.getState().save(AWS_AT_WORK, '<img src=x onerror=alert(1)>');
    render(<SavedList />, withStore(store));
    expect(
      screen.getByRole('heading', { level: 2, name: '<img src=x onerror=alert(1)>' }),
    ).toBeInTheDocument();
    expect(screen.queryByRole('img')).not.toBeInTheDocument();
  });

  it('tells the person when stored scenarios were unreadable and kept aside', () => {
    const storage = new MemoryStorage();
    storage.setItem(STORAGE_KEY, 'garbage');
    render(<SavedList />, withStore(freshStore(storage)));
    expect(
      alertWith(
        /could not be read\. They were kept aside, unchanged.*k8s-os-advisor\.scenarios\.backup\./,
      ),
    ).toBeDefined();
    expect(screen.getByText(/No saved scenarios yet/)).toBeInTheDocument();
  });

  it('tells the person when storage is full', async () => {
    const user = userEvent.setup();
    const storage = new MemoryStorage();
    const store = freshStore(storage);
    store.scenarios.getState().save(AWS_AT_WORK, 'Work');
    render(<SavedList />, withStore(store));
    storage.full = true;
    await user.click(screen.getByRole('button', { name: 'Rename “Work”' }));
    await user.type(screen.getByRole('textbox', { name: 'New name' }), ' 2{Enter}');
    expect(alertWith(/storage for the app is full.*Nothing saved earlier was lost/)).toBeDefined();
    await user.click(screen.getByRole('button', { name: 'Dismiss this message' }));
    expect(alertWith(/storage for the app is full/)).toBeUndefined();
  });
});

describe('SharedComparison', () => {
  it('shows a linked comparison with its problems and saves its scenarios on request', async () => {
    const user = userEvent.setup();
    const store = freshStore();
    const scenarios = [
      { name: 'AWS at work', answers: AWS_AT_WORK },
      { name: 'Raspberry Pi at home', answers: PI_HOMELAB },
    ];
    render(
      <SharedComparison
        scenarios={scenarios}
        problems={<p role="alert">One problem</p>}
        onOpenScenarios={() => {}}
      />,
      withStore(store),
    );
    expect(screen.getByRole('heading', { level: 1, name: 'Compare scenarios' })).toHaveFocus();
    expect(screen.getByText('One problem')).toBeInTheDocument();
    expect(document.body).toHaveTextContent(/AWS at work[\s\S]*Raspberry Pi at home/);
    await user.click(screen.getByRole('button', { name: 'Save these 2 scenarios' }));
    expect(screen.getByRole('status')).toHaveTextContent('Saved 2 scenarios in this browser.');
    expect(store.scenarios.getState().scenarios.map((s) => s.name)).toEqual([
      'AWS at work',
      'Raspberry Pi at home',
    ]);
    expect(screen.getByRole('button', { name: 'See saved scenarios' })).toBeInTheDocument();
  });
});
