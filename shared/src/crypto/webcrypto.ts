/**
 * The slice of Web Crypto that Sapa uses, typed here because shared/ compiles without the DOM or Node
 * types (it runs in Node 20+, workerd and the task pane alike), plus UTF-8, base64url and hex helpers.
 */

/** An opaque Web Crypto key (CryptoKey in every runtime). */
export interface WebCryptoKey {
  readonly type: "public" | "private" | "secret";
  readonly extractable: boolean;
  readonly algorithm: { readonly name: string };
  readonly usages: readonly string[];
}

/** The fields of an EC JSON Web Key that Sapa reads. */
export interface EcJwk {
  kty?: string;
  crv?: string;
  x?: string;
  y?: string;
  d?: string;
  ext?: boolean;
  key_ops?: string[];
}

type Bytes = Uint8Array;
type EcdhParams = { name: "ECDH"; namedCurve: "P-256" };
type KeyAlgorithm = EcdhParams | { name: "AES-GCM" } | { name: "HKDF" } | { name: "PBKDF2" } | HmacParams;
type HmacParams = { name: "HMAC"; hash: "SHA-256"; length?: number };
type DeriveParams =
  | { name: "ECDH"; public: WebCryptoKey }
  | { name: "HKDF"; hash: "SHA-256"; salt: Bytes; info: Bytes }
  | { name: "PBKDF2"; hash: "SHA-256"; salt: Bytes; iterations: number };
type DerivedKeyParams = { name: "AES-GCM"; length: 256 } | HmacParams;
type AesGcmParams = { name: "AES-GCM"; iv: Bytes; additionalData?: Bytes };

interface Subtle {
  generateKey(
    algorithm: EcdhParams,
    extractable: boolean,
    usages: string[],
  ): Promise<{ publicKey: WebCryptoKey; privateKey: WebCryptoKey }>;
  importKey(
    format: "raw" | "pkcs8",
    keyData: Bytes,
    algorithm: KeyAlgorithm,
    extractable: boolean,
    usages: string[],
  ): Promise<WebCryptoKey>;
  importKey(
    format: "jwk",
    keyData: EcJwk,
    algorithm: KeyAlgorithm,
    extractable: boolean,
    usages: string[],
  ): Promise<WebCryptoKey>;
  exportKey(format: "raw" | "pkcs8", key: WebCryptoKey): Promise<ArrayBuffer>;
  exportKey(format: "jwk", key: WebCryptoKey): Promise<EcJwk>;
  deriveBits(algorithm: DeriveParams, baseKey: WebCryptoKey, length: number): Promise<ArrayBuffer>;
  deriveKey(
    algorithm: DeriveParams,
    baseKey: WebCryptoKey,
    derivedKeyType: DerivedKeyParams,
    extractable: boolean,
    usages: string[],
  ): Promise<WebCryptoKey>;
  encrypt(algorithm: AesGcmParams, key: WebCryptoKey, data: Bytes): Promise<ArrayBuffer>;
  decrypt(algorithm: AesGcmParams, key: WebCryptoKey, data: Bytes): Promise<ArrayBuffer>;
  sign(algorithm: { name: "HMAC" }, key: WebCryptoKey, data: Bytes): Promise<ArrayBuffer>;
  digest(algorithm: "SHA-256", data: Bytes): Promise<ArrayBuffer>;
}

interface Runtime {
  crypto: { subtle: Subtle; getRandomValues<T extends Bytes>(array: T): T };
  TextEncoder: new () => { encode(text: string): Bytes };
  TextDecoder: new (label: string, options: { fatal: boolean }) => { decode(bytes: Bytes): string };
}

const runtime = globalThis as unknown as Runtime;

/** `globalThis.crypto.subtle` (Node 20+, workerd, browsers). */
export function subtle(): Subtle {
  return runtime.crypto.subtle;
}

/** `length` cryptographically random bytes. */
export function randomBytes(length: number): Uint8Array {
  return runtime.crypto.getRandomValues(new Uint8Array(length));
}

/** SHA-256 of `bytes`. */
export async function sha256(bytes: Uint8Array): Promise<Uint8Array> {
  return new Uint8Array(await subtle().digest("SHA-256", bytes));
}

const encoder = new runtime.TextEncoder();
const decoder = new runtime.TextDecoder("utf-8", { fatal: true });

/** UTF-8 bytes of a text. */
export function utf8(text: string): Uint8Array {
  return encoder.encode(text);
}

/** The text of UTF-8 bytes; throws on malformed UTF-8. */
export function fromUtf8(bytes: Uint8Array): string {
  return decoder.decode(bytes);
}

const B64URL = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
const B64URL_INDEX = new Int16Array(128).fill(-1);
for (let i = 0; i < B64URL.length; i++) B64URL_INDEX[B64URL.charCodeAt(i)] = i;

/** base64url without padding (RFC 4648 §5), the form every Sapa key and ciphertext travels in. */
export function toBase64Url(bytes: Uint8Array): string {
  let out = "";
  let i = 0;
  for (; i + 2 < bytes.length; i += 3) {
    const n = (bytes[i]! << 16) | (bytes[i + 1]! << 8) | bytes[i + 2]!;
    out += B64URL[n >> 18]! + B64URL[(n >> 12) & 63]! + B64URL[(n >> 6) & 63]! + B64URL[n & 63]!;
  }
  const rest = bytes.length - i;
  if (rest === 1) {
    const n = bytes[i]! << 16;
    out += B64URL[n >> 18]! + B64URL[(n >> 12) & 63]!;
  } else if (rest === 2) {
    const n = (bytes[i]! << 16) | (bytes[i + 1]! << 8);
    out += B64URL[n >> 18]! + B64URL[(n >> 12) & 63]! + B64URL[(n >> 6) & 63]!;
  }
  return out;
}

/** Bytes of an unpadded base64url text, or null when it is not one (wrong alphabet or length). */
export function fromBase64Url(text: string): Uint8Array | null {
  if (text.length % 4 === 1) return null;
  const out = new Uint8Array(Math.floor((text.length * 3) / 4));
  let bits = 0;
  let value = 0;
  let o = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    const digit = code < 128 ? B64URL_INDEX[code]! : -1;
    if (digit < 0) return null;
    value = (value << 6) | digit;
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      out[o++] = (value >> bits) & 0xff;
    }
  }
  // Leftover bits must be zero, so that each byte string has exactly one encoding.
  if ((value & ((1 << bits) - 1)) !== 0) return null;
  return out;
}

/** Lowercase hex of `bytes`. */
export function toHex(bytes: Uint8Array): string {
  let out = "";
  for (const b of bytes) out += (b < 16 ? "0" : "") + b.toString(16);
  return out;
}

/** The bytes of an even-length hex text (the caller has checked its alphabet). */
export function fromHex(hex: string): Uint8Array {
  const out = new Uint8Array(hex.length >> 1);
  for (let i = 0; i < out.length; i++) out[i] = parseInt(hex.slice(2 * i, 2 * i + 2), 16);
  return out;
}

/** `a` and `b` hold the same bytes (not constant-time: for public values only). */
export function sameBytes(a: Uint8Array, b: Uint8Array): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

/** `parts` joined into one byte array. */
export function concatBytes(...parts: Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let offset = 0;
  for (const p of parts) {
    out.set(p, offset);
    offset += p.length;
  }
  return out;
}
