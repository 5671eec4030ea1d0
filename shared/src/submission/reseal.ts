/**
 * Re-sealing a revision stored before rows were sealed (issue 11, `sapa keys migrate`). The region seals
 * the stored clear rows to its current key and sends them back; the server accepts them only when every
 * clear field is exactly what it stored, so the figures cannot change, and it replaces each name in the
 * stored attestation list with the placeholder a sealed submission would have had.
 */
import { z } from "zod";
import {
  EncryptedSubmissionRowSchema,
  EncryptionHeaderSchema,
  type EncryptedSubmissionRow,
} from "../crypto/schemas.ts";
import { SEALED_ROW_KEPT_FIELDS } from "../crypto/row-seal.ts";
import { AcademicYearSchema, DistrictIdSchema, IsoDateSchema, MAX_SUBMISSION_ROWS } from "../api/schemas.ts";
import type { SubmissionRow } from "../api/schemas.ts";
import { sealedNameOf } from "./sealed-rows.ts";
import { compareAttestation } from "../figures/summary.ts";
import type { AttestationEntry } from "../types.ts";

/** A revision whose rows still hold clear names (GET /api/reseal, region). */
export const ClearRevisionSchema = z.object({
  id: z.string(),
  district: DistrictIdSchema,
  year: AcademicYearSchema,
  revision: z.number().int().min(1),
  asOf: IsoDateSchema,
  receivedAt: z.string(),
  rowCount: z.number().int().min(0),
});
export type ClearRevision = z.infer<typeof ClearRevisionSchema>;
export const ClearRevisionListSchema = z.object({ revisions: z.array(ClearRevisionSchema) });

/** PUT /api/reseal/:district/:year/:revision: the stored rows, sealed to the region's current key. */
export const ResealRequestSchema = z.strictObject({
  encryption: EncryptionHeaderSchema,
  rows: z.array(EncryptedSubmissionRowSchema).max(MAX_SUBMISSION_ROWS),
});
export type ResealRequest = z.infer<typeof ResealRequestSchema>;

/** The server's answer once a revision is re-sealed. */
export const ResealedSchema = z.object({
  id: z.string(),
  district: DistrictIdSchema,
  year: AcademicYearSchema,
  revision: z.number().int().min(1),
  keyId: z.string(),
  rows: z.number().int().min(0),
});
export type Resealed = z.infer<typeof ResealedSchema>;

/** Where re-sealed rows differ from the stored clear rows: the first difference found. */
export type ResealMismatch =
  | { kind: "count"; stored: number; sent: number }
  | { kind: "field"; index: number; row: number; field: string };

/**
 * The first difference between the stored clear rows and the rows sent to replace them, or null when the
 * sent rows are the same rows in the same order with only the name and ИИН key sealed. The ИИН tags must
 * follow the stored ИИН keys: a tag where there was a key and none where there was none, equal tags
 * exactly where the keys were equal (the server's duplicate check stays what it was).
 */
export function resealMismatch(
  stored: readonly SubmissionRow[],
  sent: readonly EncryptedSubmissionRow[],
): ResealMismatch | null {
  if (stored.length !== sent.length) return { kind: "count", stored: stored.length, sent: sent.length };
  const tagOfKey = new Map<string, string>();
  const keyOfTag = new Map<string, string>();
  for (const [index, clear] of stored.entries()) {
    const sealed = sent[index]!;
    for (const field of SEALED_ROW_KEPT_FIELDS) {
      if (clear[field] !== sealed[field]) return { kind: "field", index, row: clear.row, field };
    }
    const key = clear.iinKey;
    const tag = sealed.iinTag;
    const tagMismatch = { kind: "field", index, row: clear.row, field: "iinTag" } as const;
    if ((key === null) !== (tag === null)) return tagMismatch;
    if (key === null || tag === null) continue;
    if ((tagOfKey.get(key) ?? tag) !== tag || (keyOfTag.get(tag) ?? key) !== key) return tagMismatch;
    tagOfKey.set(key, tag);
    keyOfTag.set(tag, key);
  }
  return null;
}

/**
 * A clear revision's stored attestation list with each name replaced by its row's sealed placeholder, in
 * the list's order, as a sealed submission of the same rows would have stored it. An entry is matched to a
 * row by organisation, name, category and award date (entries equal in all of these are interchangeable);
 * null when an entry matches no row (the stored list and rows disagree: nothing is changed).
 */
export function sealedAttestationList(
  entries: readonly AttestationEntry[],
  stored: readonly SubmissionRow[],
): AttestationEntry[] | null {
  const match = (e: {
    organization: string;
    fullName: string;
    category: string | null;
    categoryDate: string | null;
  }) => JSON.stringify([e.organization, e.fullName, e.category, e.categoryDate]);
  const rowsByMatch = new Map<string, number[]>();
  for (const r of stored) {
    const key = match(r);
    const rows = rowsByMatch.get(key);
    if (rows === undefined) rowsByMatch.set(key, [r.row]);
    else rows.push(r.row);
  }
  const sealed: AttestationEntry[] = [];
  for (const e of entries) {
    const row = rowsByMatch.get(match(e))?.shift();
    if (row === undefined) return null;
    sealed.push({ ...e, fullName: sealedNameOf(row) });
  }
  return sealed.sort(compareAttestation);
}
