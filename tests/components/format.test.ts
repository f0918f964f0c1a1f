import { formatMonth } from '../../src/components/format';

// Intl is the reference: the app writes month names from its own table only to keep Intl's
// locale data off its first render.
const INTL = new Intl.DateTimeFormat('en', { month: 'long', year: 'numeric', timeZone: 'UTC' });
const MONTHS = Array.from({ length: 12 }, (_, i) => [
  `2026-${String(i + 1).padStart(2, '0')}`,
  INTL.format(Date.UTC(2026, i, 1)),
]);

describe('formatMonth', () => {
  it.each(MONTHS)('writes %s as %s', (yearMonth, expected) => {
    expect(formatMonth(yearMonth)).toBe(expected);
  });

  it('reads a one-digit month and any four-digit year', () => {
    expect(formatMonth('2019-4')).toBe('April 2019');
    expect(formatMonth('1999-12')).toBe('December 1999');
  });

  it.each(['2026-00', '2026-13', '2026', '', 'November 2026'])(
    'returns %j unchanged, not being a year and a month',
    (text) => {
      expect(formatMonth(text)).toBe(text);
    },
  );
});
