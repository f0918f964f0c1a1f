import { describe, expect, it } from 'vitest';
import { decodeAnswers } from '../../src/features/share/codec';

const COMPLETE =
  'platform=ci&rancher=no&kubernetes=lightweight&priority=footprint&image=distribution';
const COMPLETE_ANSWERS = {
  platform: 'ci',
  rancher: 'no',
  kubernetes: 'lightweight',
  priority: 'footprint',
  image: 'distribution',
};
const PLATFORM = '“Where will your Kubernetes nodes run?”';

/** Named bad links: what is kept and exactly what the person is told. */
const BAD_LINKS: readonly {
  name: string;
  query: string;
  answers: Record<string, string>;
  messages: string[];
}[] = [
  {
    name: 'unknown version',
    query: `?v=2&${COMPLETE}`,
    answers: COMPLETE_ANSWERS,
    messages: [
      'This link is marked version "2", which this app does not know (it reads version 1). Answers that mean the same in version 1 were kept: check them.',
    ],
  },
  {
    name: 'missing version',
    query: `?${COMPLETE}`,
    answers: COMPLETE_ANSWERS,
    messages: [
      'This link has no version number, so it was read as version 1, the one this app writes.',
    ],
  },
  {
    name: 'different versions',
    query: `?v=1&v=3&${COMPLETE}`,
    answers: COMPLETE_ANSWERS,
    messages: ['The link gives different version numbers ("1", "3"); the first, "1", was read.'],
  },
  {
    name: 'unknown key',
    query: `?v=1&${COMPLETE}&colour=blue`,
    answers: COMPLETE_ANSWERS,
    messages: ['"colour" is not a question this app asks, so it was left out.'],
  },
  {
    name: 'key in the wrong case',
    query: '?v=1&Platform=aws',
    answers: {},
    messages: [
      `"Platform" is not a question this app asks, so it was left out. Names are lower case: "platform" answers ${PLATFORM}.`,
    ],
  },
  {
    name: 'value outside the catalogue',
    query: '?v=1&platform=mars&rancher=no',
    answers: { rancher: 'no' },
    messages: [
      `The link’s answer to ${PLATFORM}, "mars", is not one of its options, so it was left out.`,
    ],
  },
  {
    name: 'empty value',
    query: '?v=1&platform=&rancher=no',
    answers: { rancher: 'no' },
    messages: [`The link names ${PLATFORM} but gives no answer to it.`],
  },
  {
    name: 'two different answers to one question',
    query: '?v=1&platform=aws&platform=ci',
    answers: { platform: 'aws' },
    messages: [
      `The link answers ${PLATFORM} twice: “AWS”, then “Inside CI pipelines”. The first was kept; change that answer if you meant the other.`,
    ],
  },
  {
    name: 'a valid answer, then one that is not an option',
    query: '?v=1&platform=aws&platform=mars',
    answers: { platform: 'aws' },
    messages: [
      `The link answers ${PLATFORM} twice: “AWS”, then "mars". The first was kept; change that answer if you meant the other.`,
    ],
  },
  {
    name: 'answer to a question that does not apply, named by what rules it out',
    query: '?v=1&platform=ci&workload=production&rancher=yes&kubernetes=full',
    answers: { platform: 'ci', rancher: 'yes' },
    messages: [
      `The link answered “What will the cluster run?” (“Production applications”), though that question does not apply when ${PLATFORM} is answered “Inside CI pipelines”: it was left out.`,
      'The link answered “How much Kubernetes do you need?” (“Full upstream Kubernetes”), though that question does not apply when “Do you already use Rancher or RKE?” is answered “Yes”: it was left out.',
    ],
  },
  {
    name: 'answer ruled out by two answers together',
    query: '?v=1&platform=aws&workload=production&rancher=no&kubernetes=full',
    answers: { platform: 'aws', workload: 'production', rancher: 'no' },
    messages: [
      `The link answered “How much Kubernetes do you need?” (“Full upstream Kubernetes”), though that question does not apply when ${PLATFORM} is answered “AWS” and “What will the cluster run?” is answered “Production applications”: it was left out.`,
    ],
  },
  {
    name: 'answer ruled out twice over, by no single answer',
    query: '?v=1&platform=aws&workload=production&rancher=yes&kubernetes=full',
    answers: { platform: 'aws', workload: 'production', rancher: 'yes' },
    messages: [
      'The link answered “How much Kubernetes do you need?” (“Full upstream Kubernetes”), though that question does not apply with the link’s other answers: it was left out.',
    ],
  },
  {
    name: '__proto__ key',
    query: '?v=1&__proto__=x&platform=aws',
    answers: { platform: 'aws' },
    messages: ['"__proto__" is a reserved word, not a question this app asks, so it was left out.'],
  },
  {
    name: 'constructor and prototype keys',
    query: '?v=1&constructor=x&prototype=y',
    answers: {},
    messages: [
      '"constructor" is a reserved word, not a question this app asks, so it was left out.',
      '"prototype" is a reserved word, not a question this app asks, so it was left out.',
    ],
  },
  {
    name: 'broken percent-encoding in an answer',
    query: '?v=1&platform=aws&rancher=%E0%A4%A',
    answers: { platform: 'aws' },
    messages: [
      'The link’s answer to “Do you already use Rancher or RKE?” is damaged ("rancher=%E0%A4%A"), so it was left out.',
    ],
  },
  {
    name: 'broken percent-encoding in a name',
    query: '?v=1&platform=aws&%zz=1',
    answers: { platform: 'aws' },
    messages: ['Part of the link, "%zz=1", is damaged, so it was left out.'],
  },
  {
    name: 'a lone % sign',
    query: '?v=1&platform=50%',
    answers: {},
    messages: [`The link’s answer to ${PLATFORM} is damaged ("platform=50%"), so it was left out.`],
  },
  {
    name: 'a value with no name',
    query: '?v=1&=aws',
    answers: {},
    messages: [
      'Part of the link, "=aws", gives an answer without its question, so it was left out.',
    ],
  },
  {
    name: 'oversized input',
    query: `?v=1&${COMPLETE}&pad=${'x'.repeat(2100)}`,
    answers: {},
    messages: [
      'This link is too long to be a share link (2,192 characters; the limit is 2,048), so none of it was used.',
    ],
  },
  {
    name: 'long user text is cut short',
    query: `?v=1&platform=${'m'.repeat(60)}`,
    answers: {},
    messages: [
      `The link’s answer to ${PLATFORM}, "${'m'.repeat(40)}…", is not one of its options, so it was left out.`,
    ],
  },
  {
    name: 'invisible formatting characters are shown, not applied',
    query: '?v=1&platform=%E2%80%AEevil',
    answers: {},
    messages: [
      `The link’s answer to ${PLATFORM}, "\\u{202e}evil", is not one of its options, so it was left out.`,
    ],
  },
];

describe('decodeAnswers with bad links', () => {
  it.each(BAD_LINKS)('$name', ({ query, answers, messages }) => {
    const decoded = decodeAnswers(query);
    expect(decoded.answers).toEqual(answers);
    expect(decoded.problems.map((p) => p.message)).toEqual(messages);
  });

  it('never lets a __proto__ key reach any prototype', () => {
    const { answers } = decodeAnswers(
      '?v=1&__proto__[polluted]=yes&__proto__=x&constructor[prototype][p]=1',
    );
    expect(Object.getPrototypeOf(answers)).toBe(Object.prototype);
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
    expect(Object.keys(answers)).toEqual([]);
  });

  it('reads an empty query as no answers and no problems', () => {
    expect(decodeAnswers('')).toEqual({ answers: {}, problems: [] });
    expect(decodeAnswers('?')).toEqual({ answers: {}, problems: [] });
  });

  it('accepts the same answer or version given twice without a word', () => {
    expect(decodeAnswers(`?v=1&v=1&${COMPLETE}&platform=ci&rancher=no`)).toEqual({
      answers: COMPLETE_ANSWERS,
      problems: [],
    });
  });

  it('says a mistake repeated many times only once', () => {
    const { problems } = decodeAnswers(`?v=1&${'x=1&'.repeat(50)}`);
    expect(problems).toHaveLength(1);
  });
});
