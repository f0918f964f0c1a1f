import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { mergePersisted } from '../../src/features/scenarios/merge';
import type { PersistedScenarios, Scenario } from '../../src/features/scenarios/types';
import { AWS_AT_WORK, CI_PIPELINES, PI_HOMELAB } from './fixtures';

// Few ids, names and times, so copies of one scenario meet and tie often.
const id = fc.constantFrom('a', 'b', 'c', 'd');
const time = fc.integer({ min: 0, max: 6 });
const scenario: fc.Arbitrary<Scenario> = fc.record({
  id,
  name: fc.constantFrom('Work', 'Home', 'Lab', '\u200BWork'),
  answers: fc.constantFrom(AWS_AT_WORK, PI_HOMELAB, CI_PIPELINES),
  savedAt: time,
  updatedAt: time,
});
const copy: fc.Arbitrary<PersistedScenarios> = fc.record({
  scenarios: fc.array(scenario, { maxLength: 6 }),
  tombstones: fc.array(fc.record({ id, deletedAt: time }), { maxLength: 4 }),
});

const merge = mergePersisted;
const runs = { numRuns: 2000 };

describe('merging two copies of the saved scenarios', () => {
  it('is idempotent: merging a copy with itself, or a merge again, changes nothing', () => {
    fc.assert(
      fc.property(copy, copy, (a, b) => {
        expect(merge(a, a)).toEqual(merge(a, { scenarios: [], tombstones: [] }));
        const ab = merge(a, b);
        expect(merge(ab, ab)).toEqual(ab);
        expect(merge(ab, a)).toEqual(ab);
      }),
      runs,
    );
  });

  it('is commutative: whichever tab merges, the result is the same', () => {
    fc.assert(
      fc.property(copy, copy, (a, b) => {
        expect(merge(a, b)).toEqual(merge(b, a));
      }),
      runs,
    );
  });

  it('is associative: three tabs agree whatever order their writes meet in', () => {
    fc.assert(
      fc.property(copy, copy, copy, (a, b, c) => {
        expect(merge(merge(a, b), c)).toEqual(merge(a, merge(b, c)));
      }),
      runs,
    );
  });

  it('keeps a deletion against every older copy, and a later edit against the deletion', () => {
    fc.assert(
      fc.property(copy, copy, (a, b) => {
        const merged = merge(a, b);
        const all = [...a.scenarios, ...b.scenarios];
        for (const t of [...a.tombstones, ...b.tombstones]) {
          const lastDeleted = Math.max(
            ...[...a.tombstones, ...b.tombstones]
              .filter((o) => o.id === t.id)
              .map((o) => o.deletedAt),
          );
          const editedLater = all.some((s) => s.id === t.id && s.updatedAt > lastDeleted);
          expect(merged.scenarios.some((s) => s.id === t.id)).toBe(editedLater);
        }
      }),
      runs,
    );
  });

  it('keeps the latest rename, and every scenario no deletion came after', () => {
    fc.assert(
      fc.property(copy, copy, (a, b) => {
        const merged = merge(a, b);
        const deleted = (s: Scenario) =>
          [...a.tombstones, ...b.tombstones].some(
            (t) => t.id === s.id && t.deletedAt >= s.updatedAt,
          );
        for (const s of [...a.scenarios, ...b.scenarios]) {
          const kept = merged.scenarios.find((m) => m.id === s.id);
          if (!deleted(s)) expect(kept?.updatedAt).toBeGreaterThanOrEqual(s.updatedAt);
          const newest = [...a.scenarios, ...b.scenarios].every(
            (o) => o.id !== s.id || o.updatedAt < s.updatedAt || o === s,
          );
          if (newest && !deleted(s)) expect(kept).toEqual(s);
        }
        expect(new Set(merged.scenarios.map((s) => s.id)).size).toBe(merged.scenarios.length);
      }),
      runs,
    );
  });
});
