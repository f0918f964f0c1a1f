import { screen, within } from '@testing-library/react';
import {
  CANDIDATES,
  OPTION_VALUES,
  OUTCOMES,
  QUESTION_ORDER,
  allAnswerSets,
  isComplete,
  pruneAnswers,
  recommend,
  recommendToday,
} from '../../rules';
import { picksFor, whatIfs } from '../../src/features/result/whatIf';
import { PI_HOMELAB, renderResult } from './render-result';

describe('whatIfs', () => {
  // Every 5th answer set: 168 sets, each question, each other value.
  const sample = allAnswerSets().filter((_, index) => index % 5 === 0);

  it('agrees with recommend() and recommendToday() on the answers with one value changed', () => {
    for (const answers of sample) {
      const now = picksFor(answers);
      for (const question of QUESTION_ORDER) {
        if (answers[question] === undefined) continue;
        const whatIf = whatIfs(answers, question, now);
        expect(whatIf.map((w) => w.value)).toEqual(
          OPTION_VALUES[question].filter((value) => value !== answers[question]),
        );
        for (const what of whatIf) {
          const changed = pruneAnswers({ ...answers, [question]: what.value });
          if (!isComplete(changed)) {
            expect(what.kind).toBe('asks-more');
            continue;
          }
          const article = recommend(changed).top;
          const today = recommendToday(changed).top;
          if (article === now.article && today === now.today) expect(what.kind).toBe('same');
          else
            expect(what).toEqual({
              value: what.value,
              kind: 'changes',
              article: article === now.article ? undefined : article,
              today: today === now.today ? undefined : today,
            });
        }
      }
    }
  });

  it('never guesses an answer the change leaves open', () => {
    // Production on a Pi asks maturity and access, which the homelab never answered.
    const production = whatIfs(PI_HOMELAB, 'workload', picksFor(PI_HOMELAB)).find(
      (what) => what.value === 'production',
    );
    expect(production).toEqual({ value: 'production', kind: 'asks-more' });
  });
});

describe('the what-if line under each answer', () => {
  it('shows only what another answer changes, in the picks’ names', async () => {
    await renderResult(PI_HOMELAB);
    const answers = screen.getByRole('region', { name: /^Your answers/ });
    const yes = { ...PI_HOMELAB, rancher: 'yes' } as const;
    const changed = pruneAnswers(yes);
    const article = recommend(changed).top;
    const today = recommendToday(changed).top;
    const expected = [
      ...(article === recommend(PI_HOMELAB).top ? [] : [OUTCOMES[article].name]),
      ...(today === recommendToday(PI_HOMELAB).top ? [] : [`today ${CANDIDATES[today].name}`]),
    ].join(' · ');
    expect(expected).not.toBe('');
    expect(
      within(answers).getByText(
        (_, element) => element?.tagName === 'LI' && element.textContent === `If Yes: ${expected}`,
      ),
    ).toBeInTheDocument();
    expect(
      within(answers).getByText(/If Production applications: more questions first\./),
    ).toBeInTheDocument();
  });
});
