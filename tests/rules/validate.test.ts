import { InvalidAnswersError, recommend } from '../../rules';

const complete = {
  platform: 'ci',
  rancher: 'yes',
  priority: 'security',
  image: 'distribution',
} as const;

describe('recommend with bad input', () => {
  it.each<[string, unknown, string]>([
    ['not an object', 'aws', 'Answers must be a plain object keyed by question id.'],
    ['null', null, 'Answers must be a plain object keyed by question id.'],
    ['an array', ['aws'], 'Answers must be a plain object keyed by question id.'],
    ['an unknown question', { ...complete, colour: 'blue' }, 'Unknown question "colour".'],
    [
      'a value outside the catalogue',
      { ...complete, platform: 'mars' },
      '"mars" is not an answer to "platform"; expected one of: raspberry-pi, edge, aws, cloud, bare-metal, ci.',
    ],
    [
      'a value that is not a string',
      { ...complete, rancher: true },
      '"true" is not an answer to "rancher"; expected one of: yes, no.',
    ],
    [
      'an answer to a question that does not apply',
      { ...complete, workload: 'production' },
      '"workload" does not apply to these answers.',
    ],
    ['an incomplete answer set', { platform: 'aws', rancher: 'no' }, '"workload" has no answer.'],
    ['no answers at all', {}, '"platform" has no answer.'],
  ])('throws for %s', (_name, input, message) => {
    expect(() => recommend(input as never)).toThrow(new InvalidAnswersError(message));
  });

  it('accepts a complete answer set', () => {
    expect(recommend(complete).top).toBe('rancheros');
  });
});
