import { formatMonth } from '../../src/components/format';

// Every month's English name, as a reader expects it (the formatter keeps its own table).
const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

describe('formatMonth', () => {
  it.each(MONTHS.map((name, i) => [`2026-${String(i + 1).padStart(2, '0')}`, `${name} 2026`]))(
    'writes %s as %s',
    (yearMonth, expected) => {
      expect(formatMonth(yearMonth)).toBe(expected);
    },
  );

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
