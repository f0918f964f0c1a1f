// UTC on both sides: the first of a month at midnight UTC is still the last
// of the month before in any time zone west of Greenwich.
const MONTH_YEAR = new Intl.DateTimeFormat('en', {
  month: 'long',
  year: 'numeric',
  timeZone: 'UTC',
});

/** `2026-11` → `November 2026`; anything that is not a year and a month comes back unchanged. */
export function formatMonth(yearMonth: string): string {
  const match = /^(\d{4})-(\d{1,2})$/.exec(yearMonth);
  const month = Number(match?.[2]);
  if (!match || month < 1 || month > 12) return yearMonth;
  const date = new Date(0);
  date.setUTCFullYear(Number(match[1]), month - 1, 1);
  return MONTH_YEAR.format(date);
}
