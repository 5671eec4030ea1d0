/**
 * Wire shapes of the regional key (published on the server), the private key file (kept by the centre)
 * and an encrypted submission (header + rows whose identifying fields are sealed to the region's key).
 * The encrypted submission is defined here but not yet used by the clients or the worker.
 */
import { z } from "zod";
import { MAX_SUBMISSION_ROWS, SubmissionRowSchema, SubmissionSchema } from "../api/schemas.ts";
import { fromBase64Url } from "./webcrypto.ts";

/** base64url (no padding) that decodes to exactly `bytes` bytes. */
function base64UrlOf(bytes: number) {
  return z
    .string()
    .regex(/^[A-Za-z0-9_-]+$/, "expected base64url")
    .refine((s) => fromBase64Url(s)?.length === bytes, `expected ${bytes} bytes in base64url`);
}

/** Key id: the first 16 bytes of SHA-256 of the raw public key, 32 lowercase hex digits. */
export const KeyIdSchema = z.string().regex(/^[0-9a-f]{32}$/, "expected a 32-character lowercase hex key id");
/** A P-256 public key: the 65-byte uncompressed point in base64url. */
export const PublicKeySchema = base64UrlOf(65).refine(
  (s) => s.startsWith("B"),
  "expected an uncompressed point",
);

/** POST /api/keys (region): publish a new current key. The server recomputes the id from the key. */
export const RegionKeyPublishSchema = z.strictObject({
  keyId: KeyIdSchema,
  publicKey: PublicKeySchema,
  algorithm: z.literal("ECDH-P256").optional(),
});
export type RegionKeyPublish = z.infer<typeof RegionKeyPublishSchema>;

/** A region key as the server lists it; `retiredAt` is set once a newer key replaced it. */
export const RegionKeyRecordSchema = z.strictObject({
  keyId: KeyIdSchema,
  algorithm: z.literal("ECDH-P256"),
  publicKey: PublicKeySchema,
  createdAt: z.string(),
  retiredAt: z.string().nullable(),
});
export type RegionKeyRecord = z.infer<typeof RegionKeyRecordSchema>;

export const KEY_FILE_FORMAT = "sapa-region-key";
export const MIN_KEY_FILE_ITERATIONS = 100_000;
export const MAX_KEY_FILE_ITERATIONS = 10_000_000;

/**
 * The region's private key file: the PKCS8 private key and the ИИН secret, encrypted with AES-256-GCM
 * under a PBKDF2-SHA-256 key from the passphrase. Everything but `encrypted` is in clear and bound to
 * the ciphertext as associated data. Iterations are bounded so a crafted file cannot hang the pane.
 */
export const KeyFileSchema = z.strictObject({
  format: z.literal(KEY_FILE_FORMAT),
  version: z.literal(1),
  keyId: KeyIdSchema,
  algorithm: z.literal("ECDH-P256"),
  publicKey: PublicKeySchema,
  createdAt: z.string().max(40),
  kdf: z.strictObject({
    name: z.literal("PBKDF2"),
    hash: z.literal("SHA-256"),
    iterations: z.number().int().min(MIN_KEY_FILE_ITERATIONS).max(MAX_KEY_FILE_ITERATIONS),
    salt: base64UrlOf(16),
  }),
  cipher: z.strictObject({ name: z.literal("AES-GCM"), iv: base64UrlOf(12) }),
  encrypted: z
    .string()
    .regex(/^[A-Za-z0-9_-]+$/)
    .max(4096),
});
export type KeyFile = z.infer<typeof KeyFileSchema>;

/** The first row-seal scheme: each identity a padded JSON object. Still opened; no longer sealed. */
export const ROW_SEAL_SCHEME_V1 = "ecdh-p256+hkdf-sha256+aes256gcm/v1";
/** The scheme new submissions are sealed with: each identity packed in bytes (crypto/row-seal.ts). */
export const ROW_SEAL_SCHEME = "ecdh-p256+hkdf-sha256+aes256gcm/v2";

/** The header of an encrypted submission: which region key, and this submission's ephemeral public key. */
export const EncryptionHeaderSchema = z.strictObject({
  // A v1 submission still travels (a pane's outbox may hold one sealed before an update) and is stored.
  scheme: z.enum([ROW_SEAL_SCHEME_V1, ROW_SEAL_SCHEME]),
  keyId: KeyIdSchema,
  ephemeralPublicKey: PublicKeySchema,
  /** HKDF salt, fresh per submission. */
  salt: base64UrlOf(16),
});
export type EncryptionHeader = z.infer<typeof EncryptionHeaderSchema>;

/** A sealed identity: base64url of a 12-byte IV followed by the AES-GCM ciphertext and tag. */
export const SealedIdentitySchema = z
  .string()
  .regex(/^[A-Za-z0-9_-]+$/, "expected base64url")
  .min(60)
  .max(4096);
/** Per-submission duplicate tag of an ИИН key: 32 hex digits, equal only within one submission. */
export const IinTagSchema = z.string().regex(/^[0-9a-f]{32}$/, "expected a 32-character lowercase hex tag");

/**
 * One row of an encrypted submission: the clear part the server measures, with `fullName` and `iinKey`
 * replaced by `identity` (sealed to the region) and `iinTag` (for the server's duplicate check).
 */
export const EncryptedSubmissionRowSchema = SubmissionRowSchema.omit({ fullName: true, iinKey: true }).extend(
  {
    identity: SealedIdentitySchema,
    iinTag: IinTagSchema.nullable(),
  },
);
export type EncryptedSubmissionRow = z.infer<typeof EncryptedSubmissionRowSchema>;

/** A district's submission with every identifying field sealed to the region's public key. */
export const EncryptedSubmissionSchema = SubmissionSchema.omit({ rows: true }).extend({
  encryption: EncryptionHeaderSchema,
  rows: z.array(EncryptedSubmissionRowSchema).max(MAX_SUBMISSION_ROWS),
});
export type EncryptedSubmission = z.infer<typeof EncryptedSubmissionSchema>;

/**
 * GET /api/submissions/:id?rows=1 as the region reads it to open names: the stored sealed rows with the
 * header that opens them (every revision's rows are sealed).
 */
export const StoredRowsSchema = z.object({
  id: z.string(),
  district: SubmissionSchema.shape.district,
  year: SubmissionSchema.shape.year,
  revision: z.number().int().min(1),
  asOf: SubmissionSchema.shape.asOf,
  encryption: EncryptionHeaderSchema,
  rows: z.array(z.unknown()),
});
export type StoredRows = z.infer<typeof StoredRowsSchema>;
