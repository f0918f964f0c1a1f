// The smallest app that really uses every runtime library the advisor ships:
// the size and latency benches measure the advisor against this floor.
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { createMachine } from 'xstate';
import { useMachine } from '@xstate/react';
import { create } from 'zustand';
import { useForm } from 'react-hook-form';

const toggle = createMachine({
  id: 'toggle',
  initial: 'off',
  states: { off: { on: { toggle: 'on' } }, on: { on: { toggle: 'off' } } },
});

interface CountState {
  count: number;
  increment: () => void;
}

// A plain store, as the advisor's scenarios are (persisted by the app's own code, not `persist`).
const useCount = create<CountState>()((set) => ({
  count: 0,
  increment: () => set((s) => ({ count: s.count + 1 })),
}));

function Floor() {
  const [snapshot, send] = useMachine(toggle);
  const count = useCount((s) => s.count);
  const increment = useCount((s) => s.increment);
  const { register, handleSubmit } = useForm<{ name: string }>({ defaultValues: { name: '' } });
  return (
    <main>
      <h1>Library floor</h1>
      <form
        onSubmit={handleSubmit(() => {
          send({ type: 'toggle' });
          increment();
        })}
      >
        <label htmlFor="name">Name</label>
        <input id="name" {...register('name')} />
        <button type="submit">Submit</button>
      </form>
      <p>
        {String(snapshot.value)} · {count}
      </p>
    </main>
  );
}

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');
createRoot(root).render(
  <StrictMode>
    <Floor />
  </StrictMode>,
);
