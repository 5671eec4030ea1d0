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

/** Bytes as base64 text (how D1 keeps a gzip: a text value, passed as text through the binding). */
export function bytesToBase64(bytes: Uint8Array): string {
  const pieces: string[] = [];
  // String.fromCharCode takes its arguments on the stack: a few thousand bytes at a time.
  for (let i = 0; i < bytes.length; i += 0x2000)
    pieces.push(String.fromCharCode(...bytes.subarray(i, i + 0x2000)));
  return btoa(pieces.join(""));
}

/** The bytes of a base64 text written by bytesToBase64. */
export function base64ToBytes(text: string): Uint8Array<ArrayBuffer> {
  const binary = atob(text);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}
