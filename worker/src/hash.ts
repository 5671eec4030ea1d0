/**
 * SHA-256 of a text's UTF-8 as lowercase hex (token hashes, body fingerprints); a body already held as
 * UTF-8 bytes is hashed as it is (the same digest as its text).
 */
export async function sha256Hex(text: string | Uint8Array<ArrayBuffer>): Promise<string> {
  const utf8 = typeof text === "string" ? new TextEncoder().encode(text) : text;
  const digest = await crypto.subtle.digest("SHA-256", utf8);
  return Array.from(new Uint8Array(digest), (b) => b.toString(16).padStart(2, "0")).join("");
}

/** `bytes` random bytes as base64url without padding. */
export function randomBase64Url(bytes: number): string {
  const raw = crypto.getRandomValues(new Uint8Array(bytes));
  return btoa(String.fromCharCode(...raw))
    .replaceAll("+", "-")
    .replaceAll("/", "_")
    .replace(/=+$/, "");
}

/** `bytes` random bytes as lowercase hex. */
export function randomHex(bytes: number): string {
  return Array.from(crypto.getRandomValues(new Uint8Array(bytes)), (b) =>
    b.toString(16).padStart(2, "0"),
  ).join("");
}
