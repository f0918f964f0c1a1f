import { queryOf, readParts } from './parse';

/** The `view` value that marks a comparison link. */
export const COMPARE_VIEW = 'compare';

/** Whether a query string (with or without `?`) asks for the compare view. */
export function isCompareLink(search: string): boolean {
  const query = queryOf(search);
  return readParts(query).some(
    (p) => p.kind === 'pair' && p.key === 'view' && p.value === COMPARE_VIEW,
  );
}
