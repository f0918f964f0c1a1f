import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { allAnswerSets } from '../../rules';
import {
  MAX_COMPARE_BYTES,
  compareUrl,
  decodeCompareLink,
  encodeCompareLink,
  isCompareLink,
} from '../../src/features/share/compareLink';
import { encodeAnswers } from '../../src/features/share/codec';
import { AWS_AT_WORK as AWS, PI_HOMELAB as PI } from './fixtures';

const ANSWER_SETS = allAnswerSets();
const messages = (search: string) => decodeCompareLink(search).problems.map((p) => p.message);

describe('comparison link', () => {
  it('has a stable, documented format starting with v=1 and marking the compare view', () => {
    const query = encodeCompareLink([
      { name: 'Work', answers: AWS },
      { name: 'Home lab', answers: PI },
    ]);
    expect(query).toMatch(/^v=1&view=compare&s=name%3DWork%26v%3D1%26platform%3Daws%26/);
    expect(query.split('&s=')).toHaveLength(3);
    expect(isCompareLink(`?${query}`)).toBe(true);
    expect(isCompareLink('?v=1&platform=aws')).toBe(false);
    expect(
      compareUrl([{ name: 'A', answers: AWS }], {
        origin: 'https://x.test',
        pathname: '/advisor/',
      }),
    ).toMatch(/^https:\/\/x\.test\/advisor\/\?v=1&view=compare&s=/);
  });

  it('round-trips any 2–4 complete scenarios with any names', () => {
    const name = fc
      .string({ unit: 'grapheme', minLength: 1, maxLength: 40 })
      .map((s) => s.replace(/\s+/g, ' ').trim())
      .filter((s) => s.length > 0 && /^[^\p{Cc}]*$/u.test(s));
    const scenario = fc.record({ name, answers: fc.constantFrom(...ANSWER_SETS) });
    fc.assert(
      fc.property(fc.array(scenario, { minLength: 2, maxLength: 4 }), (scenarios) => {
        const query = encodeCompareLink(scenarios);
        expect(new TextEncoder().encode(query).length).toBeLessThanOrEqual(MAX_COMPARE_BYTES);
        expect(decodeCompareLink(`?${query}`)).toEqual({ scenarios, problems: [] });
      }),
    );
  });

  it('never throws on arbitrary input, and only returns complete scenarios', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 400 }), (search) => {
        const decoded = decodeCompareLink(search);
        expect(decoded.scenarios.length).toBeLessThanOrEqual(4);
        for (const p of decoded.problems) expect(p.message).not.toBe('');
      }),
    );
  });

  it('keeps names as plain text, even ones that look like HTML', () => {
    const name = '<img src=x onerror=alert(1)>';
    const { scenarios } = decodeCompareLink(
      encodeCompareLink([
        { name, answers: AWS },
        { name: 'B', answers: PI },
      ]),
    );
    expect(scenarios[0]?.name).toBe(name);
  });

  it.each([
    [
      'no version',
      'view=compare&s=' +
        encodeURIComponent('name=A&v=1&platform=ci&rancher=yes&priority=upgrades&image=custom'),
      /no version number/,
    ],
    ['an unknown version', 'v=2&view=compare', /marked version "2", which this app does not know/],
    [
      'an unknown key',
      'v=1&view=compare&colour=red',
      /^"colour" is not part of a comparison link, so it was left out\.$/m,
    ],
    [
      'a broken percent-encoding',
      'v=1&view=compare&s=%E0%A4%A',
      /^Part of the link, "s=%E0%A4%A", is damaged, so it was left out\.$/m,
    ],
    [
      'fewer than two scenarios',
      'v=1&view=compare',
      /at least two complete scenarios; this link has 0/,
    ],
  ])('names the problem with %s', (_, search, expected) => {
    expect(messages(search).join('\n')).toMatch(expected);
  });

  it('calls a scenario without a name by its number alone', () => {
    expect(messages('v=1&view=compare&s=oops')).toEqual([
      expect.stringMatching(/^Scenario 1: "oops" is not a question this app asks/),
      'Scenario 1 has no answer to “Where will your Kubernetes nodes run?”, so it was left out of the comparison.',
      'A comparison needs at least two complete scenarios; this link has 0.',
    ]);
  });

  it('keeps the valid scenarios and names the broken ones', () => {
    const broken = encodeURIComponent('name=Mars&v=1&platform=mars&rancher=no');
    const query = `${encodeCompareLink([
      { name: 'Work', answers: AWS },
      { name: 'Home', answers: PI },
    ])}&s=${broken}`;
    const decoded = decodeCompareLink(query);
    expect(decoded.scenarios.map((s) => s.name)).toEqual(['Work', 'Home']);
    expect(decoded.problems.map((p) => p.message)).toEqual([
      'Scenario 3 ("Mars"): the link’s answer to “Where will your Kubernetes nodes run?”, "mars", is not one of its options, so it was left out.',
      'Scenario 3 ("Mars") has no answer to “Where will your Kubernetes nodes run?”, so it was left out of the comparison.',
    ]);
  });

  it('takes a name given twice alike without a word, and names two different ones', () => {
    const twice = (a: string, b: string) =>
      `v=1&view=compare&s=${encodeURIComponent(`name=${a}&name=${b}&${encodeAnswers(AWS)}`)}&s=${encodeURIComponent(`name=B&${encodeAnswers(PI)}`)}`;
    expect(decodeCompareLink(twice('Work', 'Work'))).toEqual({
      scenarios: [
        { name: 'Work', answers: AWS },
        { name: 'B', answers: PI },
      ],
      problems: [],
    });
    expect(messages(twice('Work', 'Home'))).toEqual([
      'Scenario 1 has 2 different names; the first, "Work", was used.',
    ]);
  });

  it('compares at most four, cuts long names, and gives unnamed ones a name', () => {
    const five = Array.from({ length: 5 }, (_, i) => ({
      name: i === 0 ? 'y'.repeat(90) : '',
      answers: AWS,
    }));
    const decoded = decodeCompareLink(encodeCompareLink(five));
    expect(decoded.scenarios.map((s) => s.name)).toEqual([
      'y'.repeat(80),
      'Scenario 2',
      'Scenario 3',
      'Scenario 4',
    ]);
    expect(decoded.problems.map((p) => p.message)).toEqual([
      'This link has 5 scenarios; only the first 4 are compared.',
      'Scenario 1’s name was cut to 80 characters.',
    ]);
  });

  it('refuses an oversized link without reading it', () => {
    const decoded = decodeCompareLink(`v=1&view=compare&s=${'a'.repeat(MAX_COMPARE_BYTES)}`);
    expect(decoded).toEqual({
      scenarios: [],
      problems: [{ message: expect.stringMatching(/too long to be a comparison link/) }],
    });
  });
});

describe('names that could not travel in a link', () => {
  it('turns a lone surrogate into U+FFFD so the link can always be encoded', () => {
    const { scenarios } = decodeCompareLink(
      encodeCompareLink([
        {
          name: 'ok',
          answers: { platform: 'ci', rancher: 'yes', priority: 'security', image: 'custom' },
        },
        {
          name: 'also ok',
          answers: { platform: 'ci', rancher: 'yes', priority: 'upgrades', image: 'custom' },
        },
      ]).replace('name%3Dok', 'name%3D\uD800ok'),
    );
    expect(scenarios[0]?.name).toBe('\uFFFDok');
    expect(() => encodeCompareLink(scenarios)).not.toThrow();
  });
});
