import type { SnapshotFrom } from 'xstate';
import { questionsInBranch, type Answers, type QuestionId } from '../../../rules';
import type { wizardMachine } from './machine';
import { sectionOf, type SectionPlace } from './sections';
import type { WizardPlace } from './types';

/*
 * The one place that reads the wizard's snapshot for the app: `selectPlace`
 * for the URL and history, `selectView` for the pages. Nothing else calls
 * `snapshot.matches`.
 */

/** A snapshot of the wizard machine. */
export type WizardSnapshot = SnapshotFrom<typeof wizardMachine>;

/** What the page on screen shows: the view model of the wizard's snapshot. */
export type WizardView =
  | { readonly kind: 'landing' }
  | {
      readonly kind: 'question';
      readonly question: QuestionId;
      /** The answer already given, shown selected (after Back, or when changing it). */
      readonly answer: string | undefined;
      /** The part of the interview it belongs to (a count that does not change with the branch). */
      readonly section: SectionPlace;
    }
  | {
      readonly kind: 'review';
      readonly answers: Answers;
      /** The answered questions in the order they were asked: the rows of "Check your answers". */
      readonly path: readonly QuestionId[];
      /** The question whose Change page was just left: its Change button gets focus back. */
      readonly changed: QuestionId | null;
    }
  | { readonly kind: 'result'; readonly answers: Answers; readonly changed: QuestionId | null };

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

/** The page on screen and what it shows. */
export function selectView(snapshot: WizardSnapshot): WizardView {
  const place = selectPlace(snapshot);
  const { answers, changed } = snapshot.context;
  switch (place.view) {
    case 'landing':
      return { kind: 'landing' };
    case 'question': {
      const { question } = place;
      return {
        kind: 'question',
        question,
        answer: answers[question],
        section: sectionOf(question),
      };
    }
    case 'review': {
      const path = questionsInBranch(answers).filter((id) => answers[id] !== undefined);
      return { kind: 'review', answers, path, changed };
    }
    case 'result':
      return { kind: 'result', answers, changed };
  }
}

/**
 * True when two views show the same: `useSelector`'s compare, so a snapshot
 * that changes nothing on screen renders nothing. What a view derives (a
 * question's section, review's path) follows from what is compared here.
 */
export function sameView(a: WizardView, b: WizardView): boolean {
  switch (a.kind) {
    case 'landing':
      return b.kind === 'landing';
    case 'question':
      return b.kind === 'question' && b.question === a.question && b.answer === a.answer;
    case 'review':
      return b.kind === 'review' && b.answers === a.answers && b.changed === a.changed;
    case 'result':
      return b.kind === 'result' && b.answers === a.answers && b.changed === a.changed;
  }
}

/** A string naming the page on screen, e.g. `question:rancher`: it changes exactly when the page does. */
export function viewKey(view: WizardView): string {
  return view.kind === 'question' ? `question:${view.question}` : view.kind;
}

/** The same name for a place the URL and history remember, so an entry and its page agree. */
export function placeKey(place: WizardPlace): string {
  return place.view === 'question' ? `question:${place.question}` : place.view;
}
