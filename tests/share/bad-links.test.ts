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
const PLATFORMS = 'Expected one of: raspberry-pi, edge, aws, cloud, bare-metal, ci.';
const KNOWN =
  'Known keys: v, platform, workload, rancher, kubernetes, maturity, access, priority, image.';

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
      'This link uses version "2", which this app does not know (it reads version 1). Answers that are valid in version 1 were kept: check them.',
    ],
  },
  {
    name: 'missing version',
    query: `?${COMPLETE}`,
    answers: COMPLETE_ANSWERS,
    messages: ['This link has no version ("v=1"). Its answers were read as version 1.'],
  },
  {
    name: 'version given twice',
    query: `?v=1&v=1&${COMPLETE}`,
    answers: COMPLETE_ANSWERS,
    messages: ['"v" is given 2 times. Only the first, "1", was read.'],
  },
  {
    name: 'unknown key',
    query: `?v=1&${COMPLETE}&colour=blue`,
    answers: COMPLETE_ANSWERS,
    messages: [`"colour" is not a question this app asks, so it was ignored. ${KNOWN}`],
  },
  {
    name: 'key in the wrong case',
    query: '?v=1&Platform=aws',
    answers: {},
    messages: [
      `"Platform" is not a question this app asks, so it was ignored. Did you mean "platform"? ${KNOWN}`,
    ],
  },
  {
    name: 'value outside the catalogue',
    query: '?v=1&platform=mars&rancher=no',
    answers: { rancher: 'no' },
    messages: [`"platform" has an unknown value "mars". ${PLATFORMS}`],
  },
  {
    name: 'empty value',
    query: '?v=1&platform=&rancher=no',
    answers: { rancher: 'no' },
    messages: [`"platform" has no value. ${PLATFORMS}`],
  },
  {
    name: 'duplicate key',
    query: '?v=1&platform=aws&platform=ci',
    answers: { platform: 'aws' },
    messages: [
      '"platform" is given more than once. The first answer, "aws", was kept; "ci" was ignored.',
    ],
  },
  {
    name: 'answer to a question that does not apply',
    query: '?v=1&platform=ci&workload=production&rancher=yes&kubernetes=full',
    answers: { platform: 'ci', rancher: 'yes' },
    messages: [
      '"workload" ("production") was dropped: that question does not apply with the other answers in this link.',
      '"kubernetes" ("full") was dropped: that question does not apply with the other answers in this link.',
    ],
  },
  {
    name: '__proto__ key',
    query: '?v=1&__proto__=x&platform=aws',
    answers: { platform: 'aws' },
    messages: ['"__proto__" is a reserved name, not a question, so it was ignored.'],
  },
  {
    name: 'constructor and prototype keys',
    query: '?v=1&constructor=x&prototype=y',
    answers: {},
    messages: [
      '"constructor" is a reserved name, not a question, so it was ignored.',
      '"prototype" is a reserved name, not a question, so it was ignored.',
    ],
  },
  {
    name: 'broken percent-encoding',
    query: '?v=1&platform=aws&rancher=%E0%A4%A',
    answers: { platform: 'aws' },
    messages: ['"rancher=%E0%A4%A" has a broken percent-encoding, so it was ignored.'],
  },
  {
    name: 'a lone % sign',
    query: '?v=1&platform=50%',
    answers: {},
    messages: ['"platform=50%" has a broken percent-encoding, so it was ignored.'],
  },
  {
    name: 'a value with no name',
    query: '?v=1&=aws',
    answers: {},
    messages: ['"=aws" has a value but no name, so it was ignored.'],
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
    messages: [`"platform" has an unknown value "${'m'.repeat(40)}…". ${PLATFORMS}`],
  },
  {
    name: 'invisible formatting characters are shown, not applied',
    query: '?v=1&platform=%E2%80%AEevil',
    answers: {},
    messages: [`"platform" has an unknown value "\\u{202e}evil". ${PLATFORMS}`],
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

  it('says a mistake repeated many times only once', () => {
    const { problems } = decodeAnswers(`?v=1&${'x=1&'.repeat(50)}`);
    expect(problems).toHaveLength(1);
  });
});
