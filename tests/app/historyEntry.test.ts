import { readEntry } from '../../src/app/historyEntry';

const SEARCH = '?v=1&platform=aws';

describe('readEntry', () => {
  it('restores the view and the answers beyond the URL from our own history state', () => {
    const state = {
      app: 'k8s-os-advisor',
      search: SEARCH,
      answers: { platform: 'aws', workload: 'production' },
      at: { view: 'question', question: 'workload', returnTo: null },
    };
    expect(readEntry(SEARCH, state)).toEqual({
      answers: { platform: 'aws', workload: 'production' },
      at: { view: 'question', question: 'workload', returnTo: null },
      problems: [],
    });
  });

  it.each<[string, Record<string, unknown>, unknown]>([
    ['a question asked in turn', { returnTo: null }, null],
    ['a question changed from review', { returnTo: 'review' }, 'review'],
    ['a question changed from the result', { returnTo: 'result' }, 'result'],
    ['an earlier version’s question changed from review', { changing: true }, 'review'],
    ['an earlier version’s question asked in turn', { changing: false }, null],
  ])('remembers where %s returns to', (_name, returnFields, returnTo) => {
    const state = {
      app: 'k8s-os-advisor',
      search: SEARCH,
      answers: { platform: 'aws', workload: 'production' },
      at: { view: 'question', question: 'workload', ...returnFields },
    };
    expect(readEntry(SEARCH, state).at).toEqual({
      view: 'question',
      question: 'workload',
      returnTo,
    });
  });

  it.each<[string, unknown]>([
    [
      'a state written for another URL',
      { app: 'k8s-os-advisor', search: '?v=1', answers: {}, at: { view: 'review' } },
    ],
    [
      'an unknown question',
      {
        app: 'k8s-os-advisor',
        search: SEARCH,
        answers: {},
        at: { view: 'question', question: 'bogus', returnTo: null },
      },
    ],
    [
      'a question without where it returns to',
      {
        app: 'k8s-os-advisor',
        search: SEARCH,
        answers: {},
        at: { view: 'question', question: 'workload' },
      },
    ],
    [
      'a question returning to a page it cannot return to',
      {
        app: 'k8s-os-advisor',
        search: SEARCH,
        answers: {},
        at: { view: 'question', question: 'workload', returnTo: 'landing' },
      },
    ],
    [
      'an unknown view',
      { app: 'k8s-os-advisor', search: SEARCH, answers: {}, at: { view: 'elsewhere' } },
    ],
    [
      'answers that are not an object',
      { app: 'k8s-os-advisor', search: SEARCH, answers: null, at: { view: 'review' } },
    ],
    ['another app’s state', { app: 'other', search: SEARCH, answers: {}, at: { view: 'review' } }],
    ['no state at all', null],
  ])('falls back to the URL for %s', (_name, state) => {
    expect(readEntry(SEARCH, state)).toEqual({
      answers: { platform: 'aws' },
      at: { view: 'result' },
      problems: [],
    });
  });

  it('drops remembered answers that are not valid, as it would from a link', () => {
    const state = {
      app: 'k8s-os-advisor',
      search: SEARCH,
      answers: { platform: 'aws', workload: 'mars', rancher: 3, __proto__: { polluted: 'yes' } },
      at: { view: 'review' },
    };
    expect(readEntry(SEARCH, state).answers).toEqual({ platform: 'aws' });
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});
