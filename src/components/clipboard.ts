/**
 * Copies `text` with the Clipboard API. Resolves false where that is missing
 * or refused (an insecure origin, a denied permission), so the caller can
 * offer the text to copy by hand instead.
 */
export async function copyText(text: string): Promise<boolean> {
  try {
    if (!navigator.clipboard?.writeText) return false;
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    return false;
  }
}
