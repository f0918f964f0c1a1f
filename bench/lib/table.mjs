// Plain-text tables for the benches' output: one shape for every bench.

/**
 * Formats `rows` (arrays of cells) under `headers`; numbers are right-aligned.
 * @param {string[]} headers
 * @param {unknown[][]} rows
 */
export function table(headers, rows) {
  const cells = [headers, ...rows].map((row) => row.map((cell) => String(cell ?? '')));
  const widths = headers.map((_, i) => Math.max(...cells.map((row) => row[i]?.length ?? 0)));
  // A column whose cells all start like numbers (or n/a) reads best right-aligned.
  const numeric = headers.map((_, i) =>
    cells.slice(1).every((row) => /^(\d|n\/a|-|—|$)/.test(row[i] ?? '')),
  );
  /** @param {string[]} row */
  const line = (row) =>
    row
      .map((cell, i) => {
        const width = widths[i] ?? 0;
        return numeric[i] && i > 0 ? cell.padStart(width) : cell.padEnd(width);
      })
      .join('  ')
      .trimEnd();
  return [
    line(headers),
    widths.map((w) => '-'.repeat(w)).join('  '),
    ...cells.slice(1).map(line),
  ].join('\n');
}

/**
 * Bytes as kilobytes (1 KB = 1000 bytes) with one decimal.
 * @param {number} bytes
 */
export function kb(bytes) {
  return `${(bytes / 1000).toFixed(1)} KB`;
}

/**
 * The median of a list of numbers (the mean of the middle two for an even count).
 * @param {number[]} values
 */
export function median(values) {
  const sorted = values.filter((v) => Number.isFinite(v)).sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  // An empty list reads past both ends: NaN.
  const upper = sorted[mid] ?? NaN;
  return sorted.length % 2 ? upper : ((sorted[mid - 1] ?? NaN) + upper) / 2;
}
