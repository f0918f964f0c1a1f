import { getInitialSnapshot, transition } from 'xstate';
import { isQuestionId, questionsInBranch, type Answers } from '../../rules';
import { isRecord } from '../components/isRecord';
import { decodeAnswers, encodeAnswers, type ShareProblem } from '../features/share/codec';
import { wizardMachine } from '../features/wizard/machine';
import { selectPlace, type WizardSnapshot } from '../features/wizard/selectors';
import type { ReturnTo, WizardPlace } from '../features/wizard/types';

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

/** Where a question returns to, from this version's `returnTo` or the earlier `changing` flag. */
function readReturnTo({ returnTo, changing }: Record<string, unknown>): ReturnTo | undefined {
  if (returnTo === null || returnTo === 'review' || returnTo === 'result') return returnTo;
  // Written before a Change could return to the result: only review could be the way back.
  if (returnTo === undefined && typeof changing === 'boolean') return changing ? 'review' : null;
  return undefined;
}

/** A place read back from `history.state`, or undefined when it is not one this app wrote. */
function readPlace(value: unknown): WizardPlace | undefined {
  if (!isRecord(value)) return undefined;
  const { view, question } = value;
  if (view === 'landing' || view === 'review' || view === 'result') return { view };
  if (view !== 'question' || typeof question !== 'string' || !isQuestionId(question))
    return undefined;
  const returnTo = readReturnTo(value);
  return returnTo === undefined ? undefined : { view, question, returnTo };
}

/**
 * Our own state, still checked like a shared link: it may come from an older
 * version of the app, or have been written by anything else on this origin.
 */
function readHistoryState(
  state: unknown,
  search: string,
): { answers: Answers; at: WizardPlace } | undefined {
  if (!isRecord(state) || state.app !== 'k8s-os-advisor' || state.search !== search)
    return undefined;
  const at = readPlace(state.at);
  if (!at || !isRecord(state.answers)) return undefined;
  const pairs = Object.entries(state.answers).filter(
    (pair): pair is [string, string] => typeof pair[1] === 'string',
  );
  const { answers } = decodeAnswers(new URLSearchParams([['v', '1'], ...pairs]).toString());
  return { answers, at };
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
  const remembered = readHistoryState(state, search);
  if (remembered) return { ...remembered, problems: [] };
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
