/**
 * The region's private key file: what the regional centre saves, backs up and opens with its passphrase.
 * PBKDF2-SHA-256 (600,000 iterations by default, OWASP's figure for 2023+) turns the passphrase into an
 * AES-256-GCM key that seals the PKCS8 private key and the ИИН secret; the clear header is the AAD.
 */
import { CryptoError } from "./errors.ts";
import { importIinSecret } from "./iin-key.ts";
import { ECDH_P256, REGION_KEY_ALGORITHM, keyIdOf, rawPublicKey, type RegionKeyPair } from "./region-key.ts";
import { KEY_FILE_FORMAT, KeyFileSchema, MIN_KEY_FILE_ITERATIONS, type KeyFile } from "./schemas.ts";
import {
  fromBase64Url,
  fromUtf8,
  randomBytes,
  sameBytes,
  subtle,
  toBase64Url,
  utf8,
  type WebCryptoKey,
} from "./webcrypto.ts";

export const DEFAULT_KEY_FILE_ITERATIONS = 600_000;
export const MIN_PASSPHRASE_LENGTH = 12;

/** An opened key file: the private key (not extractable) and the ИИН secret, held for the session. */
export interface UnlockedRegionKey {
  keyId: string;
  publicKey: string;
  privateKey: WebCryptoKey;
  /** The ИИН secret (base64url) to hand to districts and to derive keys with. */
  iinSecret: string;
}

/**
 * Writes a key pair into a key file protected by `passphrase`. `iinSecret` is the region's ИИН secret
 * (carried over from the previous key file on rotation). Throws CryptoError("passphrase-too-short").
 */
export async function createKeyFile(
  pair: RegionKeyPair,
  passphrase: string,
  options: { iinSecret: string; iterations?: number; createdAt?: string },
): Promise<KeyFile> {
  const normalized = normalizePassphrase(passphrase);
  if ([...normalized].length < MIN_PASSPHRASE_LENGTH) throw new CryptoError("passphrase-too-short");
  await importIinSecret(options.iinSecret);
  const iterations = Math.max(options.iterations ?? DEFAULT_KEY_FILE_ITERATIONS, MIN_KEY_FILE_ITERATIONS);
  const salt = randomBytes(16);
  const iv = randomBytes(12);
  const header = {
    format: KEY_FILE_FORMAT,
    version: 1,
    keyId: pair.keyId,
    algorithm: REGION_KEY_ALGORITHM,
    publicKey: pair.publicKey,
    createdAt: options.createdAt ?? new Date().toISOString(),
    kdf: { name: "PBKDF2", hash: "SHA-256", iterations, salt: toBase64Url(salt) },
    cipher: { name: "AES-GCM", iv: toBase64Url(iv) },
  } as const;
  const key = await passphraseKey(normalized, salt, iterations);
  const pkcs8 = new Uint8Array(await subtle().exportKey("pkcs8", pair.privateKey));
  const secret = utf8(JSON.stringify({ pkcs8: toBase64Url(pkcs8), iinSecret: options.iinSecret }));
  const sealed = await subtle().encrypt(
    { name: "AES-GCM", iv, additionalData: headerAad(header) },
    key,
    secret,
  );
  return { ...header, encrypted: toBase64Url(new Uint8Array(sealed)) };
}

/**
 * Opens a key file (its JSON text or the parsed value) with `passphrase`. A wrong passphrase gives
 * CryptoError("wrong-passphrase"); a file that is not a Sapa key file, or whose parts do not belong
 * together, gives CryptoError("key-file-invalid"). The file itself is only read, never changed.
 */
export async function unlockKeyFile(file: unknown, passphrase: string): Promise<UnlockedRegionKey> {
  const parsed = KeyFileSchema.safeParse(typeof file === "string" ? parseJson(file) : file);
  if (!parsed.success) throw new CryptoError("key-file-invalid");
  const f = parsed.data;
  const raw = rawPublicKey(f.publicKey);
  if ((await keyIdOf(raw)) !== f.keyId) throw new CryptoError("key-file-invalid");
  const key = await passphraseKey(
    normalizePassphrase(passphrase),
    fromBase64Url(f.kdf.salt)!,
    f.kdf.iterations,
  );
  const encrypted = fromBase64Url(f.encrypted);
  if (encrypted === null) throw new CryptoError("key-file-invalid");
  let secret: { pkcs8?: unknown; iinSecret?: unknown };
  try {
    const plain = await subtle().decrypt(
      { name: "AES-GCM", iv: fromBase64Url(f.cipher.iv)!, additionalData: headerAad(f) },
      key,
      encrypted,
    );
    secret = JSON.parse(fromUtf8(new Uint8Array(plain))) as typeof secret;
  } catch {
    // AES-GCM cannot tell a wrong passphrase from an altered file; the passphrase is by far the likelier.
    throw new CryptoError("wrong-passphrase");
  }
  const pkcs8 = typeof secret.pkcs8 === "string" ? fromBase64Url(secret.pkcs8) : null;
  if (pkcs8 === null || typeof secret.iinSecret !== "string") throw new CryptoError("key-file-invalid");
  await importIinSecret(secret.iinSecret).catch(() => {
    throw new CryptoError("key-file-invalid");
  });
  const privateKey = await importMatchingPrivateKey(pkcs8, raw);
  return { keyId: f.keyId, publicKey: f.publicKey, privateKey, iinSecret: secret.iinSecret };
}

/** Imports the private key only if it is the private half of `rawPublic`; not extractable afterwards. */
async function importMatchingPrivateKey(pkcs8: Uint8Array, rawPublic: Uint8Array): Promise<WebCryptoKey> {
  try {
    const extractable = await subtle().importKey("pkcs8", pkcs8, ECDH_P256, true, ["deriveBits"]);
    const jwk = await subtle().exportKey("jwk", extractable);
    const x = fromBase64Url(jwk.x ?? "");
    const y = fromBase64Url(jwk.y ?? "");
    if (
      x === null ||
      y === null ||
      !sameBytes(x, rawPublic.subarray(1, 33)) ||
      !sameBytes(y, rawPublic.subarray(33))
    )
      throw new CryptoError("key-file-invalid");
    return await subtle().importKey("pkcs8", pkcs8, ECDH_P256, false, ["deriveBits"]);
  } catch {
    throw new CryptoError("key-file-invalid");
  }
}

/** The same passphrase typed on any keyboard (Kazakh letters may arrive composed or decomposed). */
function normalizePassphrase(passphrase: string): string {
  return passphrase.normalize("NFC");
}

async function passphraseKey(
  passphrase: string,
  salt: Uint8Array,
  iterations: number,
): Promise<WebCryptoKey> {
  const base = await subtle().importKey("raw", utf8(passphrase), { name: "PBKDF2" }, false, ["deriveKey"]);
  return subtle().deriveKey(
    { name: "PBKDF2", hash: "SHA-256", salt, iterations },
    base,
    { name: "AES-GCM", length: 256 },
    false,
    ["encrypt", "decrypt"],
  );
}

/** The clear header in a fixed order, bound to the ciphertext so no part can be swapped. */
function headerAad(f: Omit<KeyFile, "encrypted">): Uint8Array {
  return utf8(
    JSON.stringify([
      f.format,
      f.version,
      f.keyId,
      f.algorithm,
      f.publicKey,
      f.createdAt,
      f.kdf.name,
      f.kdf.hash,
      f.kdf.iterations,
      f.kdf.salt,
      f.cipher.name,
      f.cipher.iv,
    ]),
  );
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return null;
  }
}
