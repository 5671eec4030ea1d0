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

const BASE64 = new TextEncoder().encode("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/");
const ascii = new TextDecoder();

/** Native base64 of Uint8Array (workerd has it; Node 20, where the tests and benches also run the app, not). */
interface NativeBase64 {
  toBase64?: () => string;
}
const NativeUint8Array = Uint8Array as unknown as { fromBase64?: (text: string) => Uint8Array<ArrayBuffer> };

/** Bytes as base64 text (how D1 keeps a gzip: a text value, passed as text through the binding). */
export function bytesToBase64(bytes: Uint8Array): string {
  const native = (bytes as NativeBase64).toBase64;
  return typeof native === "function" ? native.call(bytes) : encodeBase64(bytes);
}

/** Base64 in plain JavaScript, for a runtime without Uint8Array.prototype.toBase64. */
export function encodeBase64(bytes: Uint8Array): string {
  const out = new Uint8Array(Math.ceil(bytes.length / 3) * 4);
  let o = 0;
  let i = 0;
  for (; i + 2 < bytes.length; i += 3) {
    const n = (bytes[i]! << 16) | (bytes[i + 1]! << 8) | bytes[i + 2]!;
    out[o++] = BASE64[n >> 18]!;
    out[o++] = BASE64[(n >> 12) & 63]!;
    out[o++] = BASE64[(n >> 6) & 63]!;
    out[o++] = BASE64[n & 63]!;
  }
  if (i < bytes.length) {
    const n = (bytes[i]! << 16) | ((bytes[i + 1] ?? 0) << 8);
    out[o++] = BASE64[n >> 18]!;
    out[o++] = BASE64[(n >> 12) & 63]!;
    out[o++] = i + 1 < bytes.length ? BASE64[(n >> 6) & 63]! : 61; // "="
    out[o++] = 61;
  }
  return ascii.decode(out);
}

/** The bytes of a base64 text written by bytesToBase64. */
export function base64ToBytes(text: string): Uint8Array<ArrayBuffer> {
  if (typeof NativeUint8Array.fromBase64 === "function") return NativeUint8Array.fromBase64(text);
  const binary = atob(text);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}
