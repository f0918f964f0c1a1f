/** The share-URL contract version this app writes and reads (SPEC §6). */
export const SHARE_VERSION = '1';

/** The largest query a share link may have: a complete answer set needs about 150 bytes. */
export const MAX_QUERY_BYTES = 2048;

/** A query string without its leading `?` (`location.search` has one, a bare query does not). */
export function queryOf(search: string): string {
  return search.startsWith('?') ? search.slice(1) : search;
}

/** One `key=value` part of a query, decoded, or the raw text when it could not be decoded. */
type QueryPart =
  | { readonly kind: 'pair'; readonly key: string; readonly value: string; readonly raw: string }
  | { readonly kind: 'malformed'; readonly raw: string };

// `+` means a space in a query string (as URLSearchParams reads it).
function decodePiece(piece: string): string {
  return decodeURIComponent(piece.replace(/\+/g, ' '));
}

/**
 * Splits a query into its parts. Unlike URLSearchParams, which silently turns
 * a bad `%` escape into U+FFFD, a part that does not decode is returned as
 * `malformed` so the person can be told. Empty parts (`a=1&&b=2`) are skipped.
 */
export function readParts(query: string): QueryPart[] {
  const parts: QueryPart[] = [];
  for (const raw of query.split('&')) {
    if (raw === '') continue;
    const equals = raw.indexOf('=');
    const rawKey = equals === -1 ? raw : raw.slice(0, equals);
    const rawValue = equals === -1 ? '' : raw.slice(equals + 1);
    try {
      parts.push({ kind: 'pair', key: decodePiece(rawKey), value: decodePiece(rawValue), raw });
    } catch {
      parts.push({ kind: 'malformed', raw });
    }
  }
  return parts;
}

/** Longest stretch of user text quoted in a message. */
const MAX_SHOWN = 40;

/**
 * User text quoted for a message: cut to a readable length, and with control
 * and invisible formatting characters (e.g. right-to-left overrides) shown as
 * `\u{…}` so they cannot disguise the message around them.
 */
export function describe(text: string): string {
  const chars = Array.from(text);
  const cut = chars.length > MAX_SHOWN ? `${chars.slice(0, MAX_SHOWN).join('')}…` : text;
  const visible = cut.replace(
    /[\p{Cc}\p{Cf}\p{Zl}\p{Zp}]/gu,
    (c) => `\\u{${(c.codePointAt(0) ?? 0).toString(16)}}`,
  );
  return `"${visible}"`;
}

/*
 * The checks both link codecs make, worded once: `link` names the kind of
 * link ("share link", "comparison link") and `kept` what a link of another
 * version keeps ("Answers", "Scenarios").
 */

/** The message for a query over `limit` bytes (none of it is read), or undefined when it fits. */
export function tooLong(query: string, limit: number, link: string): string | undefined {
  const bytes = new TextEncoder().encode(query).length;
  if (bytes <= limit) return undefined;
  return `This link is too long to be a ${link} (${bytes.toLocaleString('en')} characters; the limit is ${limit.toLocaleString('en')}), so none of it was used.`;
}

/** The message for a link with no version or one this app does not know, or undefined for {@link SHARE_VERSION}. */
export function versionMessage(version: string | undefined, kept: string): string | undefined {
  if (version === SHARE_VERSION) return undefined;
  return version === undefined
    ? `This link has no version number, so it was read as version ${SHARE_VERSION}, the one this app writes.`
    : `This link is marked version ${describe(version)}, which this app does not know (it reads version ${SHARE_VERSION}). ${kept} that mean the same in version ${SHARE_VERSION} were kept: check them.`;
}
