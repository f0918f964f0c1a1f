import { encodeCompareLink } from '../../src/features/share/compareLink';
import { routeOf, SCENARIOS_SEARCH, scenariosSearch } from '../../src/app/routes';
import { AWS_AT_WORK, PI_HOMELAB } from '../fixtures/answers';

const COMPARISON = `?${encodeCompareLink([
  { name: 'Work', answers: AWS_AT_WORK },
  { name: 'Home lab', answers: PI_HOMELAB },
])}`;

describe('routeOf: which page a query string opens', () => {
  it.each([
    ['no query at all', ''],
    ['a lone question mark', '?'],
    ['a share link', '?v=1&platform=aws&workload=production'],
    ['a partial answer with no version', '?platform=edge'],
    ['an unknown view', '?view=settings'],
    ['an empty view', '?view='],
    ['a view in other letters', '?view=Scenarios'],
    ['a view that only starts like one', '?view=scenarios2'],
    ['a view key in other letters', '?View=scenarios'],
    ['an unknown first view before the scenarios view', '?view=other&view=scenarios'],
    ['a compare key without the scenarios view', '?compare=a&compare=b'],
    ['a view that does not decode', '?view=%E0'],
  ])('opens the interview for %s', (_, search) => {
    expect(routeOf(search)).toEqual({ page: 'interview' });
  });

  it.each([
    ['the plain list', '?view=scenarios', []],
    ['the plain list without its question mark', 'view=scenarios', []],
    ['one scenario (the page says to choose another)', '?view=scenarios&compare=a', ['a']],
    ['two, in the order compared', '?view=scenarios&compare=b&compare=a', ['b', 'a']],
    ['ids that are percent-encoded', '?view=scenarios&compare=x%20y&compare=%C3%A9', ['x y', 'é']],
    ['the same id twice, as written', '?view=scenarios&compare=a&compare=a', ['a', 'a']],
    ['an empty id, as written', '?view=scenarios&compare=', ['']],
    ['other keys around them, ignored', '?x=1&view=scenarios&y&compare=a', ['a']],
    ['the first of two views', '?view=scenarios&view=other&compare=a', ['a']],
  ])('opens the saved scenarios for %s', (_, search, compared) => {
    expect(routeOf(search)).toEqual({ page: 'scenarios', compared });
  });

  it.each([
    ['a comparison link', COMPARISON],
    ['one without its version or scenarios (the decoder reports what is missing)', '?view=compare'],
    ['one with only broken scenarios', '?view=compare&s=%ZZ&s='],
    ['one whose view is not first', '?s=x&v=1&view=compare'],
    ['one that also names the scenarios view', '?view=scenarios&view=compare&compare=a'],
    ['one whose view is percent-encoded', '?vi%65w=compar%65'],
    ['one whose other parts do not decode', '?view=compare&%E0=%'],
  ])('opens a shared comparison for %s, keeping the whole query for its decoder', (_, search) => {
    expect(routeOf(search)).toEqual({ page: 'compare', search });
  });
});

describe('the saved-scenarios addresses', () => {
  it('builds the plain list and each comparison, in order', () => {
    expect(SCENARIOS_SEARCH).toBe('?view=scenarios');
    expect(scenariosSearch([])).toBe(SCENARIOS_SEARCH);
    expect(scenariosSearch(['b', 'a'])).toBe('?view=scenarios&compare=b&compare=a');
  });

  it('reads back every address it builds, whatever the ids hold', () => {
    const ids = ['plain', 'with space', 'a&b=c', '?view=compare', 'é', '%41'];
    for (let count = 0; count <= ids.length; count += 1) {
      const compared = ids.slice(0, count);
      expect(routeOf(scenariosSearch(compared))).toEqual({ page: 'scenarios', compared });
    }
  });
});
