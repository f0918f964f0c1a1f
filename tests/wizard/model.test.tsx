import { act, screen } from '@testing-library/react';
import { createActor, type ActorRefFrom, type SnapshotFrom } from 'xstate';
import { adjacencyMapToArray, createTestModel, type Step } from 'xstate/graph';
import {
  OUTCOMES,
  QUESTIONS,
  QUESTION_ORDER,
  recommend,
  type Answers,
  type QuestionId,
} from '../../rules';
import { searchFor } from '../../src/app/historyEntry';
import { decodeAnswers, encodeAnswers } from '../../src/features/share/codec';
import { wizardMachine } from '../../src/features/wizard/machine';
import type { WizardEvent } from '../../src/features/wizard/types';
import { EVENT_TYPES, EVERY_PAGE, eventsFrom, pageOf, serializePlace } from './graph-events';
import {
  answerWith,
  changeButton,
  EXPECTED_PROGRESS,
  findHeading,
  heading,
  openApp,
  reviewRows,
} from './render-app';

type Snapshot = SnapshotFrom<typeof wizardMachine>;
type User = ReturnType<typeof openApp>;

// Enough options to reach every branch shape: CI (no workload), production
// (maturity, access, and kubernetes on the edge), and Rancher yes/no.
const FEW: Partial<Record<QuestionId, readonly string[]>> = {
  platform: ['aws', 'ci', 'edge'],
  workload: ['production', 'experiments'],
  rancher: ['no', 'yes'],
};
const pick = (id: QuestionId) => FEW[id] ?? [QUESTIONS[id].options[0].value];

const model = createTestModel(wizardMachine, {
  events: eventsFrom(pick),
  serializeState: serializePlace,
  // The app offers "Start over" on the result page only.
  filterEvents: (snapshot, event) => event.type !== 'wizard.reset' || snapshot.matches('result'),
});
const shortest = model.getShortestPaths();
const sentOn = (list: typeof shortest) =>
  new Set<string>(list.flatMap((path) => path.steps.map((step) => step.event.type)));

/**
 * A path that ends with an event of `type` changing the page: a shortest path
 * never does when a shorter one reaches that page first (Confirm on review →
 * result, Start over), yet the app must be driven through every event.
 */
function pathEndingWith(type: string) {
  const edge = adjacencyMapToArray(model.getAdjacencyMap()).find(
    (e) => e.event.type === type && serializePlace(e.nextState) !== serializePlace(e.state),
  );
  const to =
    edge &&
    shortest
      .flatMap((path) => path.steps)
      .find((step) => serializePlace(step.state) === serializePlace(edge.state));
  const prefix = to && shortest.find((path) => path.steps.includes(to));
  if (!edge || !prefix || !to) throw new Error(`no page where ${type} leads elsewhere`);
  const events = prefix.steps.slice(1, prefix.steps.indexOf(to) + 1).map((step) => step.event);
  return model.getPathsFromEvents([...events, edge.event]);
}

const paths = [
  ...shortest,
  ...EVENT_TYPES.filter((type) => !sentOn(shortest).has(type)).flatMap(pathEndingWith),
];

/** Each event type as a person (or the browser) causes it; the type forces one per event. */
function executors(user: User, shadow: Shadow) {
  type Exec<T extends WizardEvent['type']> = (
    step: Step<Snapshot, Extract<WizardEvent, { type: T }>>,
  ) => Promise<void>;
  // After the person acts, the shadow machine takes the same event (see `Shadow`).
  const on =
    <T extends WizardEvent['type']>(exec: Exec<T>) =>
    async (step: Step<Snapshot, { type: T }>) => {
      const full = step as unknown as Step<Snapshot, Extract<WizardEvent, { type: T }>>;
      await exec(full);
      shadow.send(full.event as WizardEvent);
    };
  return {
    'wizard.start': on(async () => user.click(screen.getByRole('button', { name: 'Start now' }))),
    'answer.submit': on<'answer.submit'>(async ({ event }) =>
      answerWith(user, event.question, event.value),
    ),
    'step.back': on(async () => user.click(screen.getByRole('button', { name: 'Back' }))),
    'answer.change': on<'answer.change'>(async ({ event }) =>
      // Offered on "Check your answers" and in the result's list of answers.
      user.click(
        screen.queryByRole('heading', { name: 'Check your answers' })
          ? changeButton(event.question)
          : screen.getByRole('button', { name: resultChangeName(event.question) }),
      ),
    ),
    'review.confirm': on(async () =>
      user.click(screen.getByRole('button', { name: 'See the recommendation' })),
    ),
    'wizard.reset': on(async () => user.click(screen.getByRole('button', { name: 'Start over' }))),
    'wizard.restore': on<'wizard.restore'>(async ({ event }) => {
      // What the browser does on Back/Forward: the entry's URL and state come back, then popstate.
      const state = { app: 'k8s-os-advisor', search: searchFor(event.answers, event.at), ...event };
      act(() => {
        window.history.pushState(state, '', `/${state.search}`);
        window.dispatchEvent(new PopStateEvent('popstate', { state }));
      });
    }),
  } satisfies Record<WizardEvent['type'], unknown>;
}

/** The Change button of the result page's answer list, which names the question by its prompt. */
function resultChangeName(id: QuestionId): RegExp {
  const prompt = QUESTIONS[id].prompt.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(`^Change.*${prompt}`);
}

/** Answers before `id` in the order asked: what a question's URL holds. */
function answersBefore(answers: Answers, id: QuestionId): Answers {
  const before: Record<string, string> = {};
  for (const q of QUESTION_ORDER.slice(0, QUESTION_ORDER.indexOf(id))) {
    const value = answers[q];
    if (value !== undefined) before[q] = value;
  }
  return before as Answers;
}

/**
 * The machine run event by event beside the app. Paths are grouped by page
 * and branch shape, so a step's recorded snapshot may hold other answer
 * values than the ones this path gave; the shadow holds the real ones.
 */
type Shadow = ActorRefFrom<typeof wizardMachine>;

/** Checks the page against the shadow machine, after checking the path reached the expected place. */
function checks(shadow: Shadow) {
  const expectPlace = (expected: Snapshot) => {
    const actual = shadow.getSnapshot();
    expect(serializePlace(actual)).toBe(serializePlace(expected));
    return actual;
  };
  return {
    landing: (s: Snapshot) => {
      expectPlace(s);
      states.landing();
    },
    question: (s: Snapshot) => states.question(expectPlace(s)),
    review: (s: Snapshot) => states.review(expectPlace(s)),
    result: (s: Snapshot) => states.result(expectPlace(s)),
  };
}

const states = {
  landing: () => {
    expect(screen.getByRole('button', { name: 'Start now' })).toBeVisible();
  },
  question: ({ context: { answers, current } }: Snapshot) => {
    if (current === null) throw new Error('a question state without a question');
    expect(heading()).toHaveTextContent(QUESTIONS[current].prompt);
    expect(screen.getByText(EXPECTED_PROGRESS[current])).toBeVisible();
    const given = answers[current];
    for (const option of QUESTIONS[current].options) {
      const radio = screen.getByRole('radio', { name: option.label });
      if (option.value === given) expect(radio).toBeChecked();
      else expect(radio).not.toBeChecked();
    }
    expect(decodeAnswers(window.location.search).answers).toEqual(answersBefore(answers, current));
  },
  review: ({ context: { answers, changed } }: Snapshot) => {
    expect(heading()).toHaveTextContent('Check your answers');
    // Back from (or done with) a Change: focus is on that Change button; otherwise on the heading.
    expect(changed === null ? heading() : changeButton(changed)).toHaveFocus();
    const asked = QUESTION_ORDER.filter((id) => answers[id] !== undefined);
    expect(reviewRows().map(([term]) => term)).toEqual(asked.map((id) => QUESTIONS[id].shortLabel));
    expect(window.location.search).toBe(`?${encodeAnswers(answers)}`);
  },
  result: async ({ context: { answers } }: Snapshot) => {
    expect(await findHeading()).toHaveTextContent(OUTCOMES[recommend(answers).top].name);
    expect(window.location.search).toBe(`?${encodeAnswers(answers)}`);
  },
};

describe('every machine path, driven through the rendered app', () => {
  // Coverage rather than a pinned path count: the paths must show every page
  // and drive every event type through the app.
  it('visits every page and sends every event type', () => {
    const steps = paths.flatMap((path) => path.steps);
    expect([...new Set(steps.map((step) => pageOf(step.state)))].sort()).toEqual(EVERY_PAGE);
    const sent = sentOn(paths);
    sent.delete('xstate.init');
    expect([...sent].sort()).toEqual(EVENT_TYPES);
  });

  const named = paths.map(
    (path, index) =>
      [
        `path ${index + 1}: ${path.steps.length} steps to ${serializePlace(path.state)}`,
        path,
      ] as const,
  );
  it.each(named)('%s', async (_, path) => {
    const shadow = createActor(wizardMachine).start();
    const user = openApp();
    await path.test({ states: checks(shadow), events: executors(user, shadow) });
  });
});
