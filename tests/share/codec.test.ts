import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { allAnswerSets, type Answers } from '../../rules';
import { decodeAnswers, encodeAnswers } from '../../src/features/share/codec';

const EVERY_SET = allAnswerSets();

describe('encodeAnswers', () => {
  it('writes the version, then the given answers in question order', () => {
    expect(
      encodeAnswers({ image: 'custom', platform: 'ci', rancher: 'no', priority: 'footprint' }),
    ).toBe('v=1&platform=ci&rancher=no&priority=footprint&image=custom');
  });

  it('writes only the version for no answers', () => {
    expect(encodeAnswers({})).toBe('v=1');
  });
});

describe('round trip', () => {
  it('covers the whole answer space', () => {
    expect(EVERY_SET).toHaveLength(840);
  });

  it.each(EVERY_SET.map((answers) => [encodeAnswers(answers), answers] as const))(
    'decodes %s back to the same answers, with no problems',
    (query, answers) => {
      expect(decodeAnswers(`?${query}`)).toEqual({ answers, problems: [] });
    },
  );

  it('reads the parts of a link in any order and writes them back canonically', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...EVERY_SET),
        fc.func(fc.integer()),
        (answers: Answers, order) => {
          const parts = encodeAnswers(answers).split('&');
          const shuffled = parts
            .map((part, i) => [order(i), part] as const)
            .sort((a, b) => a[0] - b[0])
            .map(([, part]) => part)
            .join('&');
          const decoded = decodeAnswers(shuffled);
          expect(decoded).toEqual({ answers, problems: [] });
          expect(encodeAnswers(decoded.answers)).toBe(encodeAnswers(answers));
        },
      ),
      { seed: 20261104, numRuns: 2000 },
    );
  });

  it('keeps the answers of a partial link that are still valid', () => {
    const partial = { platform: 'aws', workload: 'production' } as const;
    expect(decodeAnswers(encodeAnswers(partial))).toEqual({ answers: partial, problems: [] });
  });
});
