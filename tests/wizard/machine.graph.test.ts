import { transition } from 'xstate';
import { adjacencyMapToArray, getAdjacencyMap, getShortestPaths } from 'xstate/graph';
import { QUESTION_ORDER, isAsked, isComplete, nextQuestion } from '../../rules';
import { wizardMachine } from '../../src/features/wizard/machine';
import { selectPlace } from '../../src/features/wizard/selectors';
import {
  EVENT_TYPES,
  EVERY_PAGE,
  allOptions,
  eventsFrom,
  pageOf,
  serializePlace,
} from './graph-events';

type Transition = ReturnType<typeof wizardMachine.getTransitionData>[number];
type StateNode = typeof wizardMachine.root;

/** Every transition the machine's config declares, each guarded branch on its own. */
function transitionsOf(node: StateNode): Transition[] {
  return [
    ...[...node.transitions.values()].flat(),
    ...Object.values(node.states).flatMap((child) => transitionsOf(child as StateNode)),
  ];
}

/** `question on answer.submit if leavesQuestionsToAsk`: a transition, readably. */
function label(transition: Transition): string {
  const { guard } = transition;
  const name = typeof guard === 'object' && guard !== null && 'type' in guard ? guard.type : guard;
  return `${transition.source.key} on ${transition.eventType}${name ? ` if ${String(name)}` : ''}`;
}

describe('the wizard machine as a graph', () => {
  const paths = getShortestPaths(wizardMachine, {
    events: eventsFrom(allOptions),
    serializeState: serializePlace,
  });
  it('reaches every state: landing, every question (asked and changed), review and result', () => {
    expect([...new Set(paths.map(({ state }) => pageOf(state)))].sort()).toEqual(EVERY_PAGE);
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

  // Coverage rather than a pinned path count: a transition no answer can
  // take, or an event the machine ignores everywhere, fails here.
  it('takes every transition of the machine, each guarded branch included', () => {
    const edges = adjacencyMapToArray(
      getAdjacencyMap(wizardMachine, {
        events: eventsFrom(allOptions),
        serializeState: serializePlace,
      }),
    );
    const taken = new Set(
      edges.flatMap(({ state, event }) => wizardMachine.getTransitionData(state, event)),
    );
    const declared = transitionsOf(wizardMachine.root);
    expect(declared.length).toBeGreaterThan(EVENT_TYPES.length);
    expect(declared.filter((t) => !taken.has(t)).map(label)).toEqual([]);
  });

  it('handles every event type the wizard declares', () => {
    expect(wizardMachine.root.events.toSorted()).toEqual(EVENT_TYPES);
  });
});
