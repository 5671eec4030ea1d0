/**
 * Recognises a private key anywhere in a JSON value, so the server can refuse it (400) instead of
 * storing it: a PEM "PRIVATE KEY" block, DER PKCS8 or SEC1 in base64/base64url/hex, a JWK with `d`, or a
 * Sapa key file (even encrypted: a passphrase can be guessed offline, so the file stays with the centre).
 */
import { fromBase64Url, fromHex } from "./webcrypto.ts";

const PRIVATE_FIELD_NAMES = new Set([
  "privatekey",
  "private_key",
  "pkcs8",
  "encryptedprivatekey",
  "secretkey",
]);
const MAX_NODES = 10_000;
const MAX_DEPTH = 32;

/** True when `value` holds something that looks like a private key (bounded walk: 10,000 nodes). */
export function containsPrivateKey(value: unknown): boolean {
  let nodes = 0;
  const visit = (v: unknown, depth: number): boolean => {
    if (++nodes > MAX_NODES || depth > MAX_DEPTH) return false;
    if (typeof v === "string") return stringLooksPrivate(v);
    if (Array.isArray(v)) return v.some((item) => visit(item, depth + 1));
    if (v === null || typeof v !== "object") return false;
    const record = v as Record<string, unknown>;
    if (typeof record.d === "string" && (typeof record.kty === "string" || typeof record.crv === "string"))
      return true;
    if (record.format === "sapa-region-key") return true;
    for (const [name, item] of Object.entries(record)) {
      if (PRIVATE_FIELD_NAMES.has(name.toLowerCase()) && item !== null && item !== "") return true;
      if (visit(item, depth + 1)) return true;
    }
    return false;
  };
  return visit(value, 0);
}

function stringLooksPrivate(text: string): boolean {
  if (/PRIVATE KEY/i.test(text)) return true;
  // DER of a key is at least ~60 bytes; only plausible encodings of that size are decoded.
  const compact = text.replace(/\s+/g, "");
  if (compact.length < 64 || compact.length > 16_384) return false;
  if (/^[0-9a-fA-F]+$/.test(compact) && compact.length % 2 === 0) return isPrivateKeyDer(fromHex(compact));
  if (/^[A-Za-z0-9+/_-]+={0,2}$/.test(compact)) {
    const bytes = fromBase64Url(compact.replace(/=+$/, "").replaceAll("+", "-").replaceAll("/", "_"));
    return bytes !== null && isPrivateKeyDer(bytes);
  }
  return false;
}

/**
 * DER PrivateKeyInfo (PKCS8: SEQUENCE { INTEGER 0|1, SEQUENCE algorithm … }) or SEC1 ECPrivateKey
 * (SEQUENCE { INTEGER 1, OCTET STRING … }). A public key (SPKI) starts SEQUENCE { SEQUENCE … } instead.
 */
function isPrivateKeyDer(der: Uint8Array): boolean {
  if (der[0] !== 0x30) return false;
  let i = 1;
  const lengthByte = der[i++] ?? 0;
  if (lengthByte & 0x80) i += lengthByte & 0x7f;
  if (der[i] !== 0x02 || der[i + 1] !== 0x01) return false;
  const version = der[i + 2];
  const next = der[i + 3];
  return ((version === 0x00 || version === 0x01) && next === 0x30) || (version === 0x01 && next === 0x04);
}
