import type { SnapshotFrom } from 'xstate';
import { questionsInBranch, type QuestionId } from '../../../rules';
import type { wizardMachine } from './machine';
import { sectionOf, type SectionPlace } from './sections';
import type { WizardPlace } from './types';

/** A snapshot of the wizard machine. */
export type WizardSnapshot = SnapshotFrom<typeof wizardMachine>;

/** What the current question step shows. */
export interface QuestionView {
  readonly question: QuestionId;
  /** The answer already given, shown selected (after Back, or when changing it). */
  readonly answer: string | undefined;
  /** The part of the interview it belongs to (a count that does not change with the branch). */
  readonly section: SectionPlace;
}

/** Where the person is, in the form the URL and history remember. */
export function selectPlace(snapshot: WizardSnapshot): WizardPlace {
  const { current, returnTo } = snapshot.context;
  if (snapshot.matches('question') && current !== null) {
    return { view: 'question', question: current, returnTo };
  }
  if (snapshot.matches('review')) return { view: 'review' };
  if (snapshot.matches('result')) return { view: 'result' };
  return { view: 'landing' };
}

/** The question step's view model, or `null` when no question is on screen. */
export function selectQuestion(snapshot: WizardSnapshot): QuestionView | null {
  const { answers, current } = snapshot.context;
  if (!snapshot.matches('question') || current === null) return null;
  return { question: current, answer: answers[current], section: sectionOf(current) };
}

/** The answered questions in the order they were asked: the rows of "Check your answers". */
export function selectAnsweredPath(snapshot: WizardSnapshot): readonly QuestionId[] {
  const { answers } = snapshot.context;
  return questionsInBranch(answers).filter((id) => answers[id] !== undefined);
}

/** A string naming the place, e.g. `question:rancher`: it changes exactly when the page does. */
export function placeKey(place: WizardPlace): string {
  return place.view === 'question' ? `question:${place.question}` : place.view;
}
