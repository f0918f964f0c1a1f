import { getInitialSnapshot, transition } from 'xstate';
import { questionsInBranch, type Answers } from '../../rules';
import { decodeAnswers, encodeAnswers, type ShareProblem } from '../features/share/codec';
import { wizardMachine } from '../features/wizard/machine';
import { selectPlace, type WizardSnapshot } from '../features/wizard/selectors';
import type { WizardPlace } from '../features/wizard/types';

/**
 * What one browser history entry of the interview remembers. The URL holds
 * the answers in the share format (SPEC §6); `history.state` adds what the
 * URL cannot: which view is open and the answers beyond the current step.
 */
export interface HistoryEntry {
  readonly app: 'k8s-os-advisor';
  /** The `location.search` this state was written for; a different URL wins over it. */
  readonly search: string;
  readonly answers: Answers;
  readonly at: WizardPlace;
}

/**
 * The query string for a place. A question's URL holds only the answers
 * before it, so opening it without `history.state` lands on that very
 * question (the first unanswered one). Review and result hold every answer.
 */
export function searchFor(answers: Answers, at: WizardPlace): string {
  if (at.view === 'landing') return '';
  if (at.view !== 'question') return `?${encodeAnswers(answers)}`;
  const branch = questionsInBranch(answers);
  const before: Record<string, string> = {};
  for (const id of branch.slice(0, branch.indexOf(at.question))) {
    const value = answers[id];
    if (value !== undefined) before[id] = value;
  }
  return `?${encodeAnswers(before as Answers)}`;
}

/** The history entry for a wizard snapshot. */
export function entryFor(snapshot: WizardSnapshot): HistoryEntry {
  const at = selectPlace(snapshot);
  const { answers } = snapshot.context;
  return { app: 'k8s-os-advisor', search: searchFor(answers, at), answers, at };
}

function isHistoryEntry(state: unknown): state is HistoryEntry {
  return (
    typeof state === 'object' &&
    state !== null &&
    (state as Partial<HistoryEntry>).app === 'k8s-os-advisor' &&
    typeof (state as Partial<HistoryEntry>).at === 'object'
  );
}

/** Where a URL (and its history state, if it is ours and current) says the person is. */
export function readEntry(
  search: string,
  state: unknown,
): {
  readonly answers: Answers;
  readonly at: WizardPlace;
  readonly problems: readonly ShareProblem[];
} {
  if (isHistoryEntry(state) && state.search === search) {
    // Our own state, but still re-checked: it may come from an older version of the app.
    const { answers } = decodeAnswers(encodeAnswers(state.answers));
    return { answers, at: state.at, problems: [] };
  }
  if (search === '' || search === '?')
    return { answers: {}, at: { view: 'landing' }, problems: [] };
  // A shared or typed URL: the result if complete, else the machine opens the first unanswered question.
  const { answers, problems } = decodeAnswers(search);
  return { answers, at: { view: 'result' }, problems };
}

/** The wizard's first snapshot for the page as opened, and any problems with its URL. */
export function openWizard(): { snapshot: WizardSnapshot; problems: readonly ShareProblem[] } {
  const { answers, at, problems } = readEntry(window.location.search, window.history.state);
  const [snapshot] = transition(wizardMachine, getInitialSnapshot(wizardMachine), {
    type: 'wizard.restore',
    answers,
    at,
  });
  return { snapshot, problems };
}

/** The URL of an entry: this page's own path (any base path) with the entry's query. */
export function urlOf(entry: HistoryEntry): string {
  return `${window.location.pathname}${entry.search}`;
}
