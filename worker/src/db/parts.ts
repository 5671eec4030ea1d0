/**
 * D1 refuses values over 2 MB; large JSON is stored in parts of at most this many UTF-16 code units
 * (at most 3 UTF-8 bytes each, so under 1.2 MB a part).
 */
export const PART_CHARS = 400_000;

/** Splits a text into parts of at most PART_CHARS code units, never inside a surrogate pair. */
export function splitParts(text: string, size = PART_CHARS): string[] {
  const parts: string[] = [];
  for (let start = 0; start < text.length;) {
    let end = Math.min(start + size, text.length);
    const last = text.charCodeAt(end - 1);
    // Keep a surrogate pair together: step back before it, or take it whole when it alone fills the part.
    if (end < text.length && last >= 0xd800 && last <= 0xdbff) end = end - 1 > start ? end - 1 : end + 1;
    parts.push(text.slice(start, end));
    start = end;
  }
  return parts.length > 0 ? parts : [""];
}
