import { getInitialSnapshot, transition } from 'xstate';
import { getShortestPaths } from 'xstate/graph';
import { questionsInBranch, type Answers } from '../../rules';
import { wizardMachine } from '../../src/features/wizard/machine';
import {
  placeKey,
  sameView,
  selectPlace,
  selectView,
  viewKey,
  type WizardSnapshot,
} from '../../src/features/wizard/selectors';
import type { WizardEvent, WizardPlace } from '../../src/features/wizard/types';
import { AWS_LOCKED_DOWN, PI_HOMELAB } from '../fixtures/answers';
import { allOptions, eventsFrom, serializePlace } from './graph-events';

/** The snapshot after `events`, from the machine's first one. */
function after(...events: WizardEvent[]): WizardSnapshot {
  return events.reduce(
    (snapshot, event) => transition(wizardMachine, snapshot, event)[0],
    getInitialSnapshot(wizardMachine),
  );
}

const restore = (answers: Answers, at: WizardPlace): WizardEvent => ({
  type: 'wizard.restore',
  answers,
  at,
});

describe('selectView: the page on screen, read from the snapshot', () => {
  it('is the landing page before the interview starts', () => {
    expect(selectView(after())).toEqual({ kind: 'landing' });
  });

  it('is the first question, unanswered, in part 1, once started', () => {
    expect(selectView(after({ type: 'wizard.start' }))).toEqual({
      kind: 'question',
      question: 'platform',
      answer: undefined,
      section: { part: 1, parts: 3, name: 'Your nodes' },
    });
  });

  it('shows a question’s earlier answer selected, back from the next one', () => {
    const back = after(restore(PI_HOMELAB, { view: 'review' }), { type: 'step.back' });
    expect(selectView(back)).toEqual({
      kind: 'question',
      question: 'image',
      answer: 'distribution',
      section: { part: 3, parts: 3, name: 'Your priorities' },
    });
  });

  it('lists review’s rows in the order asked, and marks the question just changed', () => {
    const review = after(restore(AWS_LOCKED_DOWN, { view: 'review' }));
    const path = ['platform', 'workload', 'rancher', 'maturity', 'access', 'priority', 'image'];
    expect(selectView(review)).toEqual({
      kind: 'review',
      answers: AWS_LOCKED_DOWN,
      path,
      changed: null,
    });
    const changed = after(
      restore(AWS_LOCKED_DOWN, { view: 'review' }),
      { type: 'answer.change', question: 'access' },
      { type: 'step.back' },
    );
    expect(selectView(changed)).toMatchObject({ kind: 'review', path, changed: 'access' });
  });

  it('is the result with every answer, and the question whose Change page was left', () => {
    expect(selectView(after(restore(PI_HOMELAB, { view: 'result' })))).toEqual({
      kind: 'result',
      answers: PI_HOMELAB,
      changed: null,
    });
    const back = after(
      restore(PI_HOMELAB, { view: 'result' }),
      { type: 'answer.change', question: 'priority' },
      { type: 'step.back' },
    );
    expect(selectView(back)).toEqual({ kind: 'result', answers: PI_HOMELAB, changed: 'priority' });
  });

  it('agrees with the place history remembers on every page of every branch', () => {
    const paths = getShortestPaths(wizardMachine, {
      events: eventsFrom(allOptions),
      serializeState: serializePlace,
    });
    for (const { state } of paths) {
      const view = selectView(state);
      const place = selectPlace(state);
      expect(view.kind).toBe(place.view);
      // Focus follows the page when this key changes; history pushes an entry when the place's does.
      expect(viewKey(view)).toBe(placeKey(place));
      if (view.kind === 'question' && place.view === 'question') {
        expect(view.question).toBe(place.question);
        expect(view.answer).toBe(state.context.answers[place.question]);
      }
      if (view.kind === 'review') {
        const { answers } = state.context;
        expect(view.path).toEqual(questionsInBranch(answers).filter((id) => id in answers));
      }
    }
    expect(new Set(paths.map(({ state }) => selectView(state).kind))).toEqual(
      new Set(['landing', 'question', 'review', 'result']),
    );
  });
});

describe('sameView: whether a new snapshot changes what is on screen', () => {
  const review = after(restore(AWS_LOCKED_DOWN, { view: 'review' }));

  it('holds for a snapshot that changes nothing shown', () => {
    expect(sameView(selectView(review), selectView(review))).toBe(true);
    // A question opened by Change looks the same as the one asked in turn; only Back differs.
    const asked = after(
      restore(AWS_LOCKED_DOWN, { view: 'question', question: 'access', returnTo: null }),
    );
    const changing = after(
      restore(AWS_LOCKED_DOWN, { view: 'question', question: 'access', returnTo: 'result' }),
    );
    expect(asked.context.returnTo).not.toBe(changing.context.returnTo);
    expect(sameView(selectView(asked), selectView(changing))).toBe(true);
    expect(sameView(selectView(after()), selectView(after(restore({}, { view: 'landing' }))))).toBe(
      true,
    );
  });

  it('fails for another page, another question, another answer, new answers or another change', () => {
    const views = [
      after(),
      after({ type: 'wizard.start' }),
      after(
        restore({ platform: 'aws' }, { view: 'question', question: 'platform', returnTo: null }),
      ),
      after(
        restore({ platform: 'aws' }, { view: 'question', question: 'workload', returnTo: null }),
      ),
      review,
      after(restore(AWS_LOCKED_DOWN, { view: 'review' })),
      after(
        restore(AWS_LOCKED_DOWN, { view: 'review' }),
        { type: 'answer.change', question: 'access' },
        { type: 'step.back' },
      ),
      after(restore(AWS_LOCKED_DOWN, { view: 'result' })),
    ].map(selectView);
    views.forEach((a, i) =>
      views.forEach((b, j) =>
        expect({ i, j, same: sameView(a, b) }).toEqual({ i, j, same: i === j }),
      ),
    );
  });
});
