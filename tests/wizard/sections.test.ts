import { allAnswerSets, questionsInBranch } from '../../rules';
import { sectionOf } from '../../src/features/wizard/sections';

describe('the progress line counts parts, which no branch changes', () => {
  const sets = allAnswerSets();

  it('walks parts 1, 2, 3 in order on every one of the 840 branches, none skipped', () => {
    expect(sets).toHaveLength(840);
    for (const answers of sets) {
      const parts = questionsInBranch(answers).map((id) => sectionOf(id));
      expect(new Set(parts.map((p) => p.parts))).toEqual(new Set([3]));
      const numbers = parts.map((p) => p.part);
      expect([...new Set(numbers)]).toEqual([1, 2, 3]);
      expect(numbers).toEqual([...numbers].sort((a, b) => a - b));
    }
  });
});
