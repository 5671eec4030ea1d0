/**
 * The ИИН-derived key, keyed so that only the districts and the region can compute it.
 *
 * Why not SHA-256(ИИН): an ИИН is a birth date, a century/sex digit, four serial digits and a check digit.
 * For people of working age that is ~16,000 dates × 2 × 10,000 serials ≈ 3×10⁸ candidates, which a
 * laptop hashes in minutes, so a bare (or publicly salted) hash is the ИИН itself. A slow hash does not
 * help enough: what makes 5,000 rows bearable on submit (≈ms each) keeps enumeration within days.
 *
 * The design: HMAC-SHA-256 under the region's **ИИН secret**, 32 random bytes the regional centre creates
 * once. Without the secret the key space is 2²⁵⁶, not 3×10⁸, so enumeration is out of reach.
 * - The secret lives inside the region's key file (encrypted with the passphrase beside the private key)
 *   and is carried over when the key pair rotates, so the same teacher keeps the same key across years
 *   and keys, and the region can find one person in two districts.
 * - The districts receive it from the centre out of band, like their tokens (letter, in person); it is
 *   never given to the server. Every key travels inside the row ciphertext anyway (sealed to the region's
 *   public key), so the server sees none; for its duplicate check within a submission it gets only a
 *   per-submission tag (see row-seal.ts) that links nothing across submissions.
 *
 * What remains (documented, not solved here):
 * - Fourteen parties hold the secret: a district insider who leaks it together with decrypted keys
 *   re-opens enumeration. Districts hold the ИИНs in their workbooks anyway, so this protects against
 *   outsiders and the server, not against the districts.
 * - A channel to hand the secret to districts is the integration step's; sending it through the server
 *   (even wrapped under a district token, which the host sees on every request) would defeat it.
 * - Changing the secret changes every key: it needs every district to resubmit.
 * - Keys made before this change (SHA-256 with a public prefix, see pseudonymiseIin) stay reversible until
 *   they are re-derived from the workbooks.
 */
import { CryptoError } from "./errors.ts";
import {
  fromBase64Url,
  randomBytes,
  subtle,
  toBase64Url,
  toHex,
  utf8,
  type WebCryptoKey,
} from "./webcrypto.ts";

/** Length of the ИИН secret in bytes. */
export const IIN_SECRET_BYTES = 32;
const HMAC = { name: "HMAC", hash: "SHA-256" } as const;
/** Domain separation from the old unkeyed keys ("sapa:iin:v1:"). */
const IIN_KEY_PREFIX = "sapa:iin:v2:";

/** A new ИИН secret (base64url), made once by the regional centre. */
export function createIinSecret(): string {
  return toBase64Url(randomBytes(IIN_SECRET_BYTES));
}

/** The ИИН secret ready for deriving keys. Throws CryptoError("iin-secret-invalid") for a malformed one. */
export async function importIinSecret(secret: string): Promise<WebCryptoKey> {
  const bytes = fromBase64Url(secret.trim());
  if (bytes === null || bytes.length !== IIN_SECRET_BYTES) throw new CryptoError("iin-secret-invalid");
  return subtle().importKey("raw", bytes, HMAC, false, ["sign"]);
}

/**
 * The key a submission carries for a 12-digit ИИН: HMAC-SHA-256 under the region's ИИН secret, as 64
 * lowercase hex digits (the shape of IinKeySchema). Same ИИН and secret, same key, in every district.
 */
export async function deriveIinKey(secret: WebCryptoKey, iin: string): Promise<string> {
  return toHex(new Uint8Array(await subtle().sign(HMAC, secret, utf8(IIN_KEY_PREFIX + iin))));
}
