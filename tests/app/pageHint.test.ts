// index.html's page hint (build/index-html.ts) fetches, as the HTML is parsed,
// the chunks of the page a link opens. It is a guess made from the query alone,
// so it is held here to what the app really opens for every URL the app writes:
// each result, each question of each branch, the landing and the saved scenarios.
import { getInitialSnapshot, transition } from 'xstate';
import { allAnswerSets, questionsInBranch, type Answers } from '../../rules';
import { PAGE_CODE_ID, PAGE_HINT } from '../../build/index-html';
import { readEntry, searchFor } from '../../src/app/historyEntry';
import { routeOf, scenariosSearch } from '../../src/app/routes';
import { compareUrl } from '../../src/features/share/compareLink';
import { wizardMachine } from '../../src/features/wizard/machine';
import { selectView } from '../../src/features/wizard/selectors';

const CHUNKS = { question: ['./q.js', './shared.js'], result: ['./r.js', './shared.js'] };

/** The hrefs the hint asks the browser to fetch for a page opened at `search`. */
function hinted(search: string): string[] {
  const fetched: string[] = [];
  const document = {
    getElementById: (id: string) =>
      id === PAGE_CODE_ID ? { textContent: JSON.stringify(CHUNKS) } : null,
    createElement: () => ({}) as { rel?: string; href?: string },
    head: {
      append: (link: { rel?: string; href?: string }) => {
        expect(link.rel).toBe('modulepreload');
        fetched.push(link.href ?? '');
      },
    },
  };
  new Function('location', 'document', PAGE_HINT)({ search }, document);
  return fetched;
}

/** The chunks of the page the app opens at `search` with no history state, as a link does. */
function opened(search: string): string[] {
  if (routeOf(search).page !== 'interview') return [];
  const { answers, at } = readEntry(search, null);
  const [snapshot] = transition(wizardMachine, getInitialSnapshot(wizardMachine), {
    type: 'wizard.restore',
    answers,
    at,
  });
  const { kind } = selectView(snapshot);
  return kind === 'question' || kind === 'result' ? CHUNKS[kind] : [];
}

/** Every URL of a question the app writes, over every branch. */
function questionUrls(): Set<string> {
  const urls = new Set<string>();
  for (const answers of allAnswerSets())
    for (const question of questionsInBranch(answers))
      urls.add(searchFor(answers, { view: 'question', question, returnTo: null }));
  return urls;
}

describe('the page hint', () => {
  const results = allAnswerSets().map((answers) => searchFor(answers, { view: 'result' }));

  it('fetches the result’s chunks for each of the 840 results', () => {
    expect(results).toHaveLength(840);
    for (const search of results) {
      expect(opened(search), search).toEqual(CHUNKS.result);
      expect(hinted(search), search).toEqual(CHUNKS.result);
    }
  });

  it('fetches a question’s chunks for every question of every branch', () => {
    const urls = questionUrls();
    expect(urls.size).toBeGreaterThan(100);
    for (const search of urls) {
      expect(opened(search), search).toEqual(CHUNKS.question);
      expect(hinted(search), search).toEqual(CHUNKS.question);
    }
  });

  it.each<[string, string]>([
    ['the landing', ''],
    ['the landing, with an empty query', '?'],
    ['the saved scenarios', scenariosSearch([])],
    ['two saved scenarios compared', scenariosSearch(['a', 'b'])],
    [
      'a shared comparison',
      compareUrl(
        [
          { name: 'A', answers: { platform: 'aws' } as Answers },
          { name: 'B', answers: { platform: 'ci' } as Answers },
        ],
        { origin: 'https://example.test', pathname: '/' },
      ),
    ],
  ])('fetches nothing more for %s', (_name, url) => {
    const search = url.includes('?') ? url.slice(url.indexOf('?')) : url;
    expect(opened(search)).toEqual([]);
    expect(hinted(search)).toEqual([]);
  });
});
