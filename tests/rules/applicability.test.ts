import {
  QUESTION_ORDER,
  isAsked,
  isComplete,
  nextQuestion,
  pruneAnswers,
  questionsInBranch,
  relevance,
  type Answers,
  type QuestionId,
} from '../../rules';

describe('relevance', () => {
  it.each<[QuestionId, Answers, ReturnType<typeof relevance>]>([
    ['platform', {}, 'asked'],
    ['rancher', {}, 'asked'],
    ['priority', {}, 'asked'],
    ['image', {}, 'asked'],
    ['workload', {}, 'pending'],
    ['workload', { platform: 'aws' }, 'asked'],
    ['workload', { platform: 'raspberry-pi' }, 'asked'],
    ['workload', { platform: 'ci' }, 'skipped'],
    ['kubernetes', {}, 'pending'],
    ['kubernetes', { rancher: 'yes' }, 'skipped'],
    ['kubernetes', { platform: 'aws', rancher: 'no' }, 'pending'],
    ['kubernetes', { platform: 'aws', workload: 'production', rancher: 'no' }, 'skipped'],
    ['kubernetes', { platform: 'cloud', workload: 'production', rancher: 'no' }, 'skipped'],
    ['kubernetes', { platform: 'bare-metal', workload: 'production', rancher: 'no' }, 'skipped'],
    ['kubernetes', { platform: 'aws', workload: 'experiments', rancher: 'no' }, 'asked'],
    ['kubernetes', { platform: 'aws', workload: 'ci-runners', rancher: 'no' }, 'asked'],
    ['kubernetes', { platform: 'raspberry-pi', workload: 'production', rancher: 'no' }, 'asked'],
    ['kubernetes', { platform: 'edge', workload: 'production', rancher: 'no' }, 'asked'],
    ['kubernetes', { platform: 'edge', rancher: 'no' }, 'asked'],
    ['kubernetes', { platform: 'ci', rancher: 'no' }, 'asked'],
    ['kubernetes', { platform: 'ci', rancher: 'yes' }, 'skipped'],
    ['maturity', {}, 'pending'],
    ['maturity', { platform: 'aws' }, 'pending'],
    ['maturity', { platform: 'ci' }, 'skipped'],
    ['maturity', { platform: 'aws', workload: 'production' }, 'asked'],
    ['maturity', { platform: 'raspberry-pi', workload: 'production' }, 'asked'],
    ['maturity', { platform: 'aws', workload: 'experiments' }, 'skipped'],
    ['maturity', { platform: 'aws', workload: 'ci-runners' }, 'skipped'],
    ['access', { platform: 'bare-metal', workload: 'production' }, 'asked'],
    ['access', { platform: 'edge', workload: 'experiments' }, 'skipped'],
    ['access', { platform: 'ci' }, 'skipped'],
  ])('%s given %j is %s', (id, answers, expected) => {
    expect(relevance(id, answers)).toBe(expected);
    expect(isAsked(id, answers)).toBe(expected === 'asked');
  });
});

describe('nextQuestion', () => {
  it.each<[Answers, QuestionId | undefined]>([
    [{}, 'platform'],
    [{ platform: 'aws' }, 'workload'],
    [{ platform: 'ci' }, 'rancher'],
    [{ platform: 'ci', rancher: 'no' }, 'kubernetes'],
    [{ platform: 'ci', rancher: 'yes' }, 'priority'],
    [{ platform: 'aws', workload: 'production', rancher: 'no' }, 'maturity'],
    [{ platform: 'aws', workload: 'production', rancher: 'no', maturity: 'early' }, 'access'],
    [{ platform: 'ci', rancher: 'yes', priority: 'security' }, 'image'],
    [{ platform: 'ci', rancher: 'yes', priority: 'security', image: 'custom' }, undefined],
    // A later answer without its earlier question still leads back to the earlier one.
    [{ image: 'custom', priority: 'footprint' }, 'platform'],
  ])('after %j asks %s', (answers, expected) => {
    expect(nextQuestion(answers)).toBe(expected);
    expect(isComplete(answers)).toBe(expected === undefined);
  });
});

describe('questionsInBranch', () => {
  it.each<[Answers, number]>([
    [{}, 8],
    [{ platform: 'ci' }, 5],
    [{ platform: 'ci', rancher: 'yes' }, 4],
    [{ platform: 'aws', workload: 'production' }, 7],
    [{ platform: 'aws', workload: 'production', rancher: 'yes' }, 7],
    [{ platform: 'aws', workload: 'experiments' }, 6],
    [{ platform: 'aws', workload: 'experiments', rancher: 'yes' }, 5],
    [{ platform: 'raspberry-pi', workload: 'production', rancher: 'no' }, 8],
  ])('given %j has %i questions', (answers, count) => {
    const branch = questionsInBranch(answers);
    expect(branch).toHaveLength(count);
    // Always in interview order.
    expect(branch).toEqual(QUESTION_ORDER.filter((id) => branch.includes(id)));
  });
});

describe('pruneAnswers', () => {
  it('drops answers that no longer apply and keeps the rest', () => {
    const before: Answers = {
      platform: 'ci',
      workload: 'production',
      rancher: 'no',
      kubernetes: 'full',
      maturity: 'early',
      access: 'api',
      priority: 'security',
      image: 'distribution',
    };
    expect(pruneAnswers(before)).toEqual({
      platform: 'ci',
      rancher: 'no',
      kubernetes: 'full',
      priority: 'security',
      image: 'distribution',
    });
  });

  it('drops kubernetes when the branch becomes production in the cloud', () => {
    expect(
      pruneAnswers({ platform: 'aws', workload: 'production', rancher: 'no', kubernetes: 'full' }),
    ).toEqual({ platform: 'aws', workload: 'production', rancher: 'no' });
  });

  it('keeps an answer whose applicability is still pending', () => {
    expect(pruneAnswers({ kubernetes: 'lightweight', image: 'custom' })).toEqual({
      kubernetes: 'lightweight',
      image: 'custom',
    });
  });
});
