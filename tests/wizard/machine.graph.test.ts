import { transition } from 'xstate';
import { getShortestPaths } from 'xstate/graph';
import { QUESTION_ORDER, isAsked, isComplete, nextQuestion } from '../../rules';
import { wizardMachine } from '../../src/features/wizard/machine';
import { selectPlace } from '../../src/features/wizard/selectors';
import { allOptions, eventsFrom, serializePlace } from './graph-events';

// Shortest paths to every page of every branch shape; a change to the machine shows here first.
const PATHS = 304;

describe('the wizard machine as a graph', () => {
  const paths = getShortestPaths(wizardMachine, {
    events: eventsFrom(allOptions),
    serializeState: serializePlace,
  });
  const reached = new Set(
    paths.map(({ state }) => {
      const place = selectPlace(state);
      return place.view === 'question'
        ? `question:${place.question}:${place.returnTo}`
        : place.view;
    }),
  );

  it('reaches every state: landing, every question (asked and changed), review and result', () => {
    const expected = [
      'landing',
      ...QUESTION_ORDER.flatMap((id) =>
        ['null', 'review', 'result'].map((to) => `question:${id}:${to}`),
      ),
      'review',
      'result',
    ];
    expect([...reached].sort()).toEqual(expected.sort());
  });

  it('never rests on a question that does not apply or skips an unanswered earlier one', () => {
    for (const { state } of paths) {
      const { current, answers } = state.context;
      expect(state.matches('question')).toBe(current !== null);
      if (current === null) continue;
      expect(isAsked(current, answers)).toBe(true);
      const next = nextQuestion(answers);
      if (next !== undefined) {
        expect(QUESTION_ORDER.indexOf(next)).toBeGreaterThanOrEqual(
          QUESTION_ORDER.indexOf(current),
        );
      }
    }
  });

  it('remembers a changed question only on the page its Change returned to', () => {
    for (const { state } of paths) {
      const { changed, answers } = state.context;
      if (changed === null) continue;
      expect(state.matches('review') || state.matches('result')).toBe(true);
      expect(answers[changed]).toBeDefined();
    }
    const returns = paths.filter((p) => p.state.context.changed !== null);
    expect(returns.map((p) => p.state.value).sort()).toContain('review');
  });

  it('starts over at the first question with no answers, from wherever it is', () => {
    for (const { state } of paths) {
      const [next] = transition(wizardMachine, state, { type: 'wizard.reset' });
      expect(selectPlace(next)).toEqual({ view: 'question', question: 'platform', returnTo: null });
      expect(next.context.answers).toEqual({});
      expect(next.context.changed).toBeNull();
    }
  });

  it('shows review and result only with every question that applies answered', () => {
    const done = paths.filter((p) => p.state.matches('review') || p.state.matches('result'));
    expect(done.length).toBeGreaterThan(0);
    for (const { state } of done) expect(isComplete(state.context.answers)).toBe(true);
  });

  it('explores a known number of paths', () => {
    expect(paths.length).toBe(PATHS);
  });
});
