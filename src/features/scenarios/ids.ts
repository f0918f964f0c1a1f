/**
 * A random id. `crypto.randomUUID` exists only in secure contexts (HTTPS,
 * localhost); a copy served over plain HTTP on a LAN must still save.
 */
export function newId(): string {
  if (typeof crypto.randomUUID === 'function') return crypto.randomUUID();
  return Array.from(crypto.getRandomValues(new Uint8Array(16)), (b) =>
    b.toString(16).padStart(2, '0'),
  ).join('');
}
