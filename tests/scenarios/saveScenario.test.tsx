import { fireEvent, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { SaveScenario } from '../../src/features/scenarios/SaveScenario';
import { AWS_AT_WORK, PI_HOMELAB, freshStore } from './fixtures';
import { MemoryStorage } from './memoryStorage';
import { withStore } from './withStore';

const names = (store: ReturnType<typeof freshStore>) =>
  store.scenarios.getState().scenarios.map((s) => s.name);

/** Renders "Save as scenario" for the AWS answers and opens its form, which loads on the first click. */
async function openSaveForm(store: ReturnType<typeof freshStore>) {
  const user = userEvent.setup();
  render(<SaveScenario answers={AWS_AT_WORK} onStartOver={() => {}} />, withStore(store));
  await user.click(screen.getByRole('button', { name: 'Save as scenario' }));
  const field = await screen.findByRole('textbox', { name: 'Scenario name' });
  return { user, field };
}

describe('SaveScenario', () => {
  it('saves with the suggested name, announces it, then offers to start over and compare', async () => {
    const user = userEvent.setup();
    const store = freshStore();
    const onStartOver = vi.fn();
    const onOpenScenarios = vi.fn();
    render(
      <SaveScenario
        answers={AWS_AT_WORK}
        onStartOver={onStartOver}
        onOpenScenarios={onOpenScenarios}
      />,
      withStore(store),
    );
    await user.click(screen.getByRole('button', { name: 'Save as scenario' }));
    // The form loads on the first click.
    const field = await screen.findByRole('textbox', { name: 'Scenario name' });
    expect(field).toHaveValue('AWS · production · no Rancher');
    expect(field).toHaveAttribute('maxlength', '80');
    expect(field).toHaveFocus();
    await user.click(screen.getByRole('button', { name: 'Save scenario' }));
    expect(screen.getByRole('status')).toHaveTextContent(
      'Saved as scenario “AWS · production · no Rancher”.',
    );
    expect(names(store)).toEqual(['AWS · production · no Rancher']);
    const startOver = screen.getByRole('button', { name: 'Start over to compare' });
    expect(startOver).toHaveFocus();
    await user.click(startOver);
    expect(onStartOver).toHaveBeenCalledOnce();
    await user.click(screen.getByRole('button', { name: 'Compare saved scenarios' }));
    expect(onOpenScenarios).toHaveBeenCalledOnce();
  });

  it('saves a name of the person’s own, trimmed', async () => {
    const store = freshStore();
    const { user, field } = await openSaveForm(store);
    await user.clear(field);
    await user.type(field, '  AWS at work  {Enter}');
    expect(names(store)).toEqual(['AWS at work']);
    expect(
      screen.queryByRole('button', { name: 'Compare saved scenarios' }),
    ).not.toBeInTheDocument();
  });

  it('says what is wrong with an empty name and saves nothing', async () => {
    const store = freshStore();
    const { user, field } = await openSaveForm(store);
    await user.clear(field);
    await user.type(field, '   ');
    await user.click(screen.getByRole('button', { name: 'Save scenario' }));
    expect(field).toHaveAttribute('aria-invalid', 'true');
    expect(field).toHaveAccessibleDescription(/Enter a name for the scenario\./);
    expect(names(store)).toEqual([]);
  });

  it('cancels without saving and returns focus to the button', async () => {
    const store = freshStore();
    const { user } = await openSaveForm(store);
    await user.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(screen.queryByRole('textbox')).not.toBeInTheDocument();
    await vi.waitFor(() =>
      expect(screen.getByRole('button', { name: 'Save as scenario' })).toHaveFocus(),
    );
    expect(names(store)).toEqual([]);
  });

  it('offers to save again when the answers on the page change', async () => {
    const user = userEvent.setup();
    const store = freshStore();
    const { rerender } = render(
      <SaveScenario answers={AWS_AT_WORK} onStartOver={() => {}} />,
      withStore(store),
    );
    await user.click(screen.getByRole('button', { name: 'Save as scenario' }));
    await user.click(screen.getByRole('button', { name: 'Save scenario' }));
    expect(screen.queryByRole('button', { name: 'Save as scenario' })).not.toBeInTheDocument();
    rerender(<SaveScenario answers={PI_HOMELAB} onStartOver={() => {}} />);
    expect(screen.getByRole('status')).toBeEmptyDOMElement();
    await user.click(screen.getByRole('button', { name: 'Save as scenario' }));
    expect(screen.getByRole('textbox', { name: 'Scenario name' })).toHaveValue(
      'Raspberry Pi · experiments · no Rancher',
    );
  });
});

describe('SaveScenario: answers saved before, and a storage that fails', () => {
  it('says the answers are already saved, under which name, instead of saving them twice', async () => {
    const store = freshStore();
    store.scenarios.getState().save(AWS_AT_WORK, 'Work');
    const user = userEvent.setup();
    const onOpenScenarios = vi.fn();
    render(
      <SaveScenario
        answers={AWS_AT_WORK}
        onStartOver={() => {}}
        onOpenScenarios={onOpenScenarios}
      />,
      withStore(store),
    );
    await user.click(screen.getByRole('button', { name: 'Save as scenario' }));
    const startOver = await screen.findByRole('button', { name: 'Start over to compare' });
    expect(screen.getByRole('status')).toHaveTextContent('Already saved as “Work”.');
    expect(startOver).toHaveFocus();
    expect(startOver).toHaveAccessibleDescription('Already saved as “Work”.');
    expect(screen.queryByRole('textbox')).not.toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Compare saved scenarios' }));
    expect(onOpenScenarios).toHaveBeenCalledOnce();
    expect(names(store)).toEqual(['Work']);
  });

  it('two submits before the form closes (a double click) save once', async () => {
    const store = freshStore();
    await openSaveForm(store);
    const form = screen.getByRole('form', { name: 'Save as scenario' });
    fireEvent.submit(form);
    fireEvent.submit(form);
    expect(
      await screen.findByText('Saved as scenario “AWS · production · no Rancher”.'),
    ).toBeInTheDocument();
    expect(names(store)).toEqual(['AWS · production · no Rancher']);
  });

  it('with every storage call throwing: saves in the tab, closes the form and says so', async () => {
    const throwing = () => {
      throw new DOMException('The operation is insecure.', 'SecurityError');
    };
    const broken = new MemoryStorage();
    broken.getItem = throwing;
    broken.setItem = throwing;
    const store = freshStore(broken);
    const { user } = await openSaveForm(store);
    await user.click(screen.getByRole('button', { name: 'Save scenario' }));
    expect(screen.queryByRole('textbox')).not.toBeInTheDocument();
    expect(screen.getByRole('status')).toHaveTextContent(
      'Saved as scenario “AWS · production · no Rancher”, in this tab only for now.',
    );
    expect(screen.getByRole('alert')).toHaveTextContent(/kept in this tab only/);
    expect(names(store)).toEqual(['AWS · production · no Rancher']);
  });
});

describe('SaveScenario: stored data kept aside', () => {
  it('says when two stored scenarios had one id, and where everything was kept', async () => {
    const storage = new MemoryStorage();
    const copy = (name: string, updatedAt: number) => ({
      id: 'same',
      name,
      answers: PI_HOMELAB,
      savedAt: 1,
      updatedAt,
    });
    storage.setItem(
      'k8s-os-advisor.scenarios',
      JSON.stringify({
        state: { scenarios: [copy('A', 2), copy('B', 1)], tombstones: [] },
        version: 1,
      }),
    );
    const store = freshStore(storage);
    await openSaveForm(store);
    const [backupKey] = storage.keys('k8s-os-advisor.scenarios.backup.');
    expect(screen.getByRole('alert')).toHaveTextContent(
      `Some saved scenarios were stored twice under one identity, so only the latest change of each is listed. Everything as it was stored was kept aside, unchanged, in this browser’s storage under “${backupKey ?? ''}”.`,
    );
    expect(names(store)).toEqual(['A']);
  });
});
