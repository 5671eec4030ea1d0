/**
 * Sealing each row's identity (full name and ИИН-derived key) to the region's public key.
 *
 * Per submission: an ephemeral ECDH P-256 key pair and a random salt; the shared secret with the region's
 * key goes through HKDF-SHA-256 into an AES-256-GCM key (identities) and an HMAC key (duplicate tags).
 * Per row: a fresh 12-byte IV; the associated data is the submission's context (scheme, key id, ephemeral
 * key, salt, district, year, report date) and the row's whole clear part including its row number, so a
 * ciphertext moved to another row or submission, or a row whose clear part was changed, does not open.
 * The plaintext is padded to a multiple of 64 bytes so a ciphertext's length says little about the name.
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
  type EncryptedSubmission,
  type EncryptedSubmissionRow,
  type EncryptionHeader,
} from "./schemas.ts";
import {
  concatBytes,
  fromBase64Url,
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
        padded(utf8(JSON.stringify({ n: fullName, k: iinKey }))),
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
  return mapInChunks(submission.rows, (r) => openRow(keys, r));
}

async function openRow(keys: SubmissionKeys, sealed: EncryptedSubmissionRow): Promise<OpenedRow> {
  const { identity, iinTag, ...rest } = sealed;
  const bytes = fromBase64Url(identity);
  try {
    if (bytes === null || bytes.length <= IV_BYTES) throw new Error("short");
    const plain = await subtle().decrypt(
      { name: "AES-GCM", iv: bytes.subarray(0, IV_BYTES), additionalData: rowAad(keys, { ...rest, iinTag }) },
      keys.identity,
      bytes.subarray(IV_BYTES),
    );
    const { n, k } = JSON.parse(fromUtf8(new Uint8Array(plain))) as { n: unknown; k: unknown };
    if (typeof n !== "string" || (k !== null && typeof k !== "string")) throw new Error("shape");
    return { ok: true, row: { ...rest, fullName: n, iinKey: k } };
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

/** `bytes` followed by spaces (valid trailing JSON whitespace) up to a multiple of PAD_TO. */
function padded(bytes: Uint8Array): Uint8Array {
  const out = new Uint8Array(Math.ceil((bytes.length + 1) / PAD_TO) * PAD_TO).fill(0x20);
  out.set(bytes);
  return out;
}
