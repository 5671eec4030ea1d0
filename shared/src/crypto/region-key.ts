/**
 * The regional centre's key pair: ECDH on P-256.
 *
 * Why P-256 and not X25519: Node 20, workerd and current Chromium all have X25519 in Web Crypto, but the
 * task pane also runs in the webviews of installed Office (older WebView2/Edge builds on Windows, Safari's
 * WKWebView before 17 on the Mac) where only the NIST curves exist. P-256 works everywhere Sapa runs.
 */
import { CryptoError } from "./errors.ts";
import { fromBase64Url, sha256, subtle, toBase64Url, toHex, type WebCryptoKey } from "./webcrypto.ts";

export const REGION_KEY_ALGORITHM = "ECDH-P256" as const;
const ECDH = { name: "ECDH", namedCurve: "P-256" } as const;
/** Length of an uncompressed P-256 point: 0x04 ‖ x ‖ y. */
export const P256_PUBLIC_KEY_BYTES = 65;

/** A region public key as it travels: its id and the raw uncompressed point in base64url. */
export interface RegionPublicKey {
  keyId: string;
  publicKey: string;
}

/** A freshly generated key pair; the private key is extractable only so it can be written to the key file. */
export interface RegionKeyPair extends RegionPublicKey {
  privateKey: WebCryptoKey;
}

/** Generates the region's key pair and names it by its key id. */
export async function generateRegionKeyPair(): Promise<RegionKeyPair> {
  const pair = await subtle().generateKey(ECDH, true, ["deriveBits"]);
  const raw = new Uint8Array(await subtle().exportKey("raw", pair.publicKey));
  return { keyId: await keyIdOf(raw), publicKey: toBase64Url(raw), privateKey: pair.privateKey };
}

/** The key id: the first 16 bytes of SHA-256 of the raw public key, as 32 lowercase hex digits. */
export async function keyIdOf(rawPublicKey: Uint8Array): Promise<string> {
  return toHex((await sha256(rawPublicKey)).subarray(0, 16));
}

/** What a person compares over the phone or in a letter to be sure everyone uses the same regional key. */
export interface KeyFingerprint {
  keyId: string;
  /** The key id in eight groups of four hex digits: "3f2a 9c1b …". */
  hex: string;
  /**
   * Six groups of five decimal digits from the same hash (about 100 bits, as Signal's safety numbers):
   * digits read aloud the same way in Kazakh and Russian, unlike Latin letters.
   */
  digits: string;
}

/**
 * The fingerprint of a base64url public key. Throws CryptoError("public-key-invalid") when the text is
 * not a 65-byte uncompressed point (the curve check happens on import, in importRegionPublicKey).
 */
export async function fingerprintOf(publicKey: string): Promise<KeyFingerprint> {
  const raw = rawPublicKey(publicKey);
  const digest = await sha256(raw);
  const keyId = toHex(digest.subarray(0, 16));
  const digits: string[] = [];
  for (let g = 0; g < 6; g++) {
    let n = 0;
    for (let i = 0; i < 5; i++) n = n * 256 + digest[g * 5 + i]!;
    digits.push(String(n % 100_000).padStart(5, "0"));
  }
  return { keyId, hex: keyId.match(/.{4}/g)!.join(" "), digits: digits.join(" ") };
}

/** The raw point of a base64url public key, or CryptoError("public-key-invalid"). */
export function rawPublicKey(publicKey: string): Uint8Array {
  const raw = fromBase64Url(publicKey);
  if (raw === null || raw.length !== P256_PUBLIC_KEY_BYTES || raw[0] !== 0x04)
    throw new CryptoError("public-key-invalid");
  return raw;
}

/**
 * Imports a region public key after checking that it is a point on P-256 and that `keyId` is its hash,
 * so a server cannot swap the key behind a familiar id. Throws CryptoError("public-key-invalid").
 */
export async function importRegionPublicKey(key: RegionPublicKey): Promise<WebCryptoKey> {
  const raw = rawPublicKey(key.publicKey);
  if ((await keyIdOf(raw)) !== key.keyId) throw new CryptoError("public-key-invalid", { keyId: key.keyId });
  try {
    return await subtle().importKey("raw", raw, ECDH, true, []);
  } catch {
    throw new CryptoError("public-key-invalid", { keyId: key.keyId });
  }
}

/** A new ephemeral key pair for one submission, with its public point in base64url. */
export async function ephemeralKeyPair(): Promise<{ publicKey: string; privateKey: WebCryptoKey }> {
  const pair = await subtle().generateKey(ECDH, false, ["deriveBits"]);
  return {
    publicKey: toBase64Url(new Uint8Array(await subtle().exportKey("raw", pair.publicKey))),
    privateKey: pair.privateKey,
  };
}

/** The 32-byte ECDH shared secret of a private key and a public key. */
export async function sharedSecret(privateKey: WebCryptoKey, publicKey: WebCryptoKey): Promise<Uint8Array> {
  return new Uint8Array(await subtle().deriveBits({ name: "ECDH", public: publicKey }, privateKey, 256));
}

export { ECDH as ECDH_P256 };
