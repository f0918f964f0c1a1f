// Month names by hand, not `Intl.DateTimeFormat`: the first Intl call in a page loads the
// locale data, ~20 ms on a desktop core (measured in Chromium), and this runs in the first
// render of the landing and of a result, where Lighthouse's mobile run counts it four times.
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
] as const;

/** `2026-11` → `November 2026`; anything that is not a year and a month comes back unchanged. */
export function formatMonth(yearMonth: string): string {
  const match = /^(\d{4})-(\d{1,2})$/.exec(yearMonth);
  const name = MONTHS[Number(match?.[2]) - 1];
  return match && name ? `${name} ${match[1]}` : yearMonth;
}
