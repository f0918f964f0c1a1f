import { createStore, type StoreApi } from 'zustand/vanilla';
import type { KeptAsideKind } from './stored';

/** What went wrong with the browser's storage; the app keeps working in memory either way. */
export type StorageProblem =
  | { readonly kind: KeptAsideKind; readonly backupKey: string }
  | { readonly kind: 'quota' | 'unavailable' };

/** Storage problems to tell the person about, one per kind. */
export interface ProblemState {
  readonly problems: readonly StorageProblem[];
  readonly report: (problem: StorageProblem) => void;
  /** Clears a problem that went away (a write succeeded after a full quota). */
  readonly resolve: (kind: StorageProblem['kind']) => void;
  readonly dismiss: (kind: StorageProblem['kind']) => void;
}

/** A small, unpersisted store: reporting a problem must never itself write to storage. */
export function createProblemStore(): StoreApi<ProblemState> {
  return createStore<ProblemState>()((set, get) => ({
    problems: [],
    report(problem) {
      const known = get().problems.find((p) => p.kind === problem.kind);
      if (known && JSON.stringify(known) === JSON.stringify(problem)) return;
      set((s) => ({ problems: [...s.problems.filter((p) => p.kind !== problem.kind), problem] }));
    },
    resolve(kind) {
      if (get().problems.some((p) => p.kind === kind)) get().dismiss(kind);
    },
    dismiss(kind) {
      set((s) => ({ problems: s.problems.filter((p) => p.kind !== kind) }));
    },
  }));
}
