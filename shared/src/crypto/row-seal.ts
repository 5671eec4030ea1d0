/**
 * Sealing each row's identity (full name and ИИН-derived key) to the region's public key.
 *
 * Per submission: an ephemeral ECDH P-256 key pair and a random salt; the shared secret with the region's
 * key goes through HKDF-SHA-256 into an AES-256-GCM key (identities) and an HMAC key (duplicate tags).
 * Per row: a fresh 12-byte IV; the associated data is the submission's context (scheme, key id, ephemeral
 * key, salt, district, year, report date) and the row's whole clear part including its row number, so a
 * ciphertext moved to another row or submission, or a row whose clear part was changed, does not open.
 * The plaintext is padded to a multiple of 64 bytes so a ciphertext's length says little about the name.
 *
 * The plaintext (scheme v2): one byte that says whether an ИИН key follows (1) or not (0), the name's UTF-8
 * length in two bytes (big-endian), the key's 32 bytes, the name, then zero bytes up to the padding.
 * Nearly every name then fits in 128 bytes, so a sealed identity is 156 bytes (208 base64url characters).
 * Scheme v1 sealed `{"n": name, "k": key as hex}` padded with spaces: 2 rows in 3 took 192 bytes. The
 * identities are most of a submission's bytes, and every byte is carried, inflated, parsed and stored by
 * the server, whose CPU per request the Free plan limits (issue 21). v1 submissions still open.
 */
import { SubmissionRowSchema, type Submission, type SubmissionRow } from "../api/schemas.ts";
import { CryptoError } from "./errors.ts";
import type { UnlockedRegionKey } from "./key-file.ts";
import {
  ECDH_P256,
  ephemeralKeyPair,
  importRegionPublicKey,
  rawPublicKey,
  sharedSecret,
  type RegionPublicKey,
} from "./region-key.ts";
import {
  ROW_SEAL_SCHEME,
  ROW_SEAL_SCHEME_V1,
  type EncryptedSubmission,
  type EncryptedSubmissionRow,
  type EncryptionHeader,
} from "./schemas.ts";
import {
  concatBytes,
  fromBase64Url,
  fromHex,
  fromUtf8,
  randomBytes,
  subtle,
  toBase64Url,
  toHex,
  utf8,
  type WebCryptoKey,
} from "./webcrypto.ts";

/** What a submission's rows are bound to besides the header: who sent them, for which year and date. */
export interface SealContext {
  district: string;
  year: string;
  asOf: string;
}

/**
 * The fields a sealed row keeps in clear, as the district's row had them: everything but the name and the
 * ИИН key.
 */
export const SEALED_ROW_KEPT_FIELDS = [
  "row",
  "organization",
  "education",
  "category",
  "position",
  "categoryDate",
  "categoryDateYearOnly",
  "experienceYears",
  "lastCourseDate",
  "mentor",
  "internship",
  "eventParticipation",
] as const satisfies readonly (keyof SubmissionRow & keyof EncryptedSubmissionRow)[];

/** The clear fields of an encrypted row, in the order they enter the associated data. */
const CLEAR_FIELDS = [
  ...SEALED_ROW_KEPT_FIELDS,
  "iinTag",
] as const satisfies readonly (keyof EncryptedSubmissionRow)[];

type ClearRow = Omit<EncryptedSubmissionRow, "identity">;
const IV_BYTES = 12;
const PAD_TO = 64;
const CHUNK = 256;

interface SubmissionKeys {
  identity: WebCryptoKey;
  tag: WebCryptoKey;
  /** The associated data's submission part, as the opening of a JSON array. */
  aadPrefix: string;
}

async function submissionKeys(
  secret: Uint8Array,
  header: EncryptionHeader,
  ctx: SealContext,
): Promise<SubmissionKeys> {
  const base = await subtle().importKey("raw", secret, { name: "HKDF" }, false, ["deriveKey"]);
  const salt = fromBase64Url(header.salt)!;
  const info = (purpose: string) => utf8(`sapa/${purpose}/v1|${header.keyId}|${header.ephemeralPublicKey}`);
  const [identity, tag] = await Promise.all([
    subtle().deriveKey(
      { name: "HKDF", hash: "SHA-256", salt, info: info("row-identity") },
      base,
      { name: "AES-GCM", length: 256 },
      false,
      ["encrypt", "decrypt"],
    ),
    subtle().deriveKey(
      { name: "HKDF", hash: "SHA-256", salt, info: info("iin-tag") },
      base,
      { name: "HMAC", hash: "SHA-256", length: 256 },
      false,
      ["sign"],
    ),
  ]);
  const context = [
    header.scheme,
    header.keyId,
    header.ephemeralPublicKey,
    header.salt,
    ctx.district,
    ctx.year,
    ctx.asOf,
  ];
  const aadPrefix = JSON.stringify(context).slice(0, -1);
  return { identity, tag, aadPrefix };
}

function rowAad(keys: SubmissionKeys, clear: ClearRow): Uint8Array {
  let json = keys.aadPrefix;
  for (const field of CLEAR_FIELDS) json += "," + JSON.stringify(clear[field] ?? null);
  return utf8(json + "]");
}

/** Seals rows to one region key; one sealer per submission (one ephemeral key, one header). */
export interface RowSealer {
  header: EncryptionHeader;
  seal(row: SubmissionRow): Promise<EncryptedSubmissionRow>;
}

/**
 * A sealer for one submission to `recipient` (the region's current key as the server gives it). The key
 * id is checked against the key itself: CryptoError("public-key-invalid") when they do not match.
 */
export async function createRowSealer(recipient: RegionPublicKey, ctx: SealContext): Promise<RowSealer> {
  const regionKey = await importRegionPublicKey(recipient);
  const ephemeral = await ephemeralKeyPair();
  const header: EncryptionHeader = {
    scheme: ROW_SEAL_SCHEME,
    keyId: recipient.keyId,
    ephemeralPublicKey: ephemeral.publicKey,
    salt: toBase64Url(randomBytes(16)),
  };
  const keys = await submissionKeys(await sharedSecret(ephemeral.privateKey, regionKey), header, ctx);
  return {
    header,
    async seal(row) {
      // As the server will store it (trimmed text), or the associated data would differ when opened.
      const { fullName, iinKey, ...rest } = SubmissionRowSchema.parse(row);
      const iinTag = iinKey === null ? null : await iinTagOf(keys.tag, iinKey);
      const clear: ClearRow = { ...rest, iinTag };
      const iv = randomBytes(IV_BYTES);
      const sealed = await subtle().encrypt(
        { name: "AES-GCM", iv, additionalData: rowAad(keys, clear) },
        keys.identity,
        packIdentity(fullName, iinKey),
      );
      return { ...clear, identity: toBase64Url(concatBytes(iv, new Uint8Array(sealed))) };
    },
  };
}

/** A submission with every row's full name and ИИН key sealed to `recipient`. */
export async function sealSubmission(
  submission: Submission,
  recipient: RegionPublicKey,
): Promise<EncryptedSubmission> {
  const { rows, ...rest } = submission;
  const sealer = await createRowSealer(recipient, submission);
  return { ...rest, encryption: sealer.header, rows: await mapInChunks(rows, (r) => sealer.seal(r)) };
}

/** One opened row: the submission row with its identity restored, or why it could not be opened. */
export type OpenedRow = { ok: true; row: SubmissionRow } | { ok: false; row: number; code: "tampered" };

/**
 * Opens every row of an encrypted submission with the region's unlocked key. Throws
 * CryptoError("wrong-key") when the submission was sealed to another key (details.expectedKeyId names it)
 * and CryptoError("tampered") when its header was altered; a row that does not open is reported as
 * `{ ok: false, code: "tampered" }` and the others are still returned.
 */
export async function openSubmission(
  key: UnlockedRegionKey,
  submission: Pick<EncryptedSubmission, "district" | "year" | "asOf" | "encryption" | "rows">,
): Promise<OpenedRow[]> {
  const header = submission.encryption;
  if (header.keyId !== key.keyId)
    throw new CryptoError("wrong-key", { expectedKeyId: header.keyId, keyId: key.keyId });
  let ephemeral: WebCryptoKey;
  try {
    ephemeral = await subtle().importKey("raw", rawPublicKey(header.ephemeralPublicKey), ECDH_P256, true, []);
  } catch {
    throw new CryptoError("tampered");
  }
  const keys = await submissionKeys(await sharedSecret(key.privateKey, ephemeral), header, submission);
  const unpack = header.scheme === ROW_SEAL_SCHEME_V1 ? unpackIdentityV1 : unpackIdentity;
  return mapInChunks(submission.rows, (r) => openRow(keys, r, unpack));
}

async function openRow(
  keys: SubmissionKeys,
  sealed: EncryptedSubmissionRow,
  unpack: (plain: Uint8Array) => Identity,
): Promise<OpenedRow> {
  const { identity, iinTag, ...rest } = sealed;
  const bytes = fromBase64Url(identity);
  try {
    if (bytes === null || bytes.length <= IV_BYTES) throw new Error("short");
    const plain = await subtle().decrypt(
      { name: "AES-GCM", iv: bytes.subarray(0, IV_BYTES), additionalData: rowAad(keys, { ...rest, iinTag }) },
      keys.identity,
      bytes.subarray(IV_BYTES),
    );
    const { fullName, iinKey } = unpack(new Uint8Array(plain));
    return { ok: true, row: { ...rest, fullName, iinKey } };
  } catch {
    return { ok: false, row: sealed.row, code: "tampered" };
  }
}

/** The per-submission duplicate tag: the first 16 bytes of HMAC(tag key, ИИН key), as hex. */
async function iinTagOf(tagKey: WebCryptoKey, iinKey: string): Promise<string> {
  return toHex(new Uint8Array(await subtle().sign({ name: "HMAC" }, tagKey, utf8(iinKey))).subarray(0, 16));
}

/** `task` over `items`, at most CHUNK at a time: bounded pending Web Crypto jobs and buffers. */
async function mapInChunks<T, R>(items: readonly T[], task: (item: T) => Promise<R>): Promise<R[]> {
  const out: R[] = [];
  for (let i = 0; i < items.length; i += CHUNK)
    out.push(...(await Promise.all(items.slice(i, i + CHUNK).map(task))));
  return out;
}

/** What a sealed identity holds. */
interface Identity {
  fullName: string;
  iinKey: string | null;
}

const KEY_BYTES = 32;
/** The flag byte and the name's length. */
const IDENTITY_HEAD = 3;

/** A v2 plaintext: flag, name length, key, name, zero bytes up to a multiple of PAD_TO (see the top). */
function packIdentity(fullName: string, iinKey: string | null): Uint8Array {
  const name = utf8(fullName);
  const key = iinKey === null ? null : fromHex(iinKey);
  const used = IDENTITY_HEAD + (key === null ? 0 : KEY_BYTES) + name.length;
  // The server refuses names that long (freeText's maximum) long before this could overflow two bytes.
  if (name.length > 0xffff || (key !== null && key.length !== KEY_BYTES))
    throw new RangeError("identity too long");
  const out = new Uint8Array(Math.ceil(used / PAD_TO) * PAD_TO);
  out[0] = key === null ? 0 : 1;
  out[1] = name.length >> 8;
  out[2] = name.length & 0xff;
  if (key !== null) out.set(key, IDENTITY_HEAD);
  out.set(name, used - name.length);
  return out;
}

/** The identity of a v2 plaintext; throws on any other shape (a flag other than 0 or 1, a length past the end, padding that is not zeros, a name that is not UTF-8). */
function unpackIdentity(plain: Uint8Array): Identity {
  if (plain.length < IDENTITY_HEAD || plain.length % PAD_TO !== 0 || plain[0]! > 1) throw new Error("shape");
  const hasKey = plain[0] === 1;
  const start = IDENTITY_HEAD + (hasKey ? KEY_BYTES : 0);
  const end = start + ((plain[1]! << 8) | plain[2]!);
  if (end > plain.length) throw new Error("shape");
  for (let i = end; i < plain.length; i++) if (plain[i] !== 0) throw new Error("shape");
  return {
    fullName: fromUtf8(plain.subarray(start, end)),
    iinKey: hasKey ? toHex(plain.subarray(IDENTITY_HEAD, IDENTITY_HEAD + KEY_BYTES)) : null,
  };
}

/** The identity of a v1 plaintext: `{"n": name, "k": key or null}` followed by spaces. */
function unpackIdentityV1(plain: Uint8Array): Identity {
  const { n, k } = JSON.parse(fromUtf8(plain)) as { n: unknown; k: unknown };
  if (typeof n !== "string" || (k !== null && typeof k !== "string")) throw new Error("shape");
  return { fullName: n, iinKey: k };
}
