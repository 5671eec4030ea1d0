/**
 * The region opens the report's lists (issue 11). The server keeps each attestation entry with a sealed
 * placeholder where the name was (sealed-rows.ts: SEALED_NAME and the row number spelled in letters); the
 * region fetches a district's sealed rows with their header, opens them with its unlocked key, and puts
 * each name back by row number. Without a key the lists say "encrypted" and every figure is the same.
 */
import { openSubmission, type OpenedRow } from "../crypto/row-seal.ts";
import type { UnlockedRegionKey } from "../crypto/key-file.ts";
import {
  EncryptedSubmissionRowSchema,
  type EncryptedSubmission,
  type EncryptedSubmissionRow,
  type StoredRows,
} from "../crypto/schemas.ts";
import type { ReadRow } from "./cross-district-duplicates.ts";
import { sealedRowOf } from "./sealed-rows.ts";
import { compareAttestation } from "../figures/summary.ts";
import type { AttestationEntry, DistrictId } from "../types.ts";

/** A district's opened names by row number; the rows that did not open are counted apart. */
export interface OpenedNames {
  names: Map<number, string>;
  failed: number;
}

/**
 * Opens one district's stored sealed rows with the region's key. Throws CryptoError("wrong-key") when they
 * were sealed to another key; a row that does not open is counted in `failed`, the others still open.
 */
export async function openNames(
  key: UnlockedRegionKey,
  submission: Pick<EncryptedSubmission, "district" | "year" | "asOf" | "encryption" | "rows">,
): Promise<OpenedNames> {
  const opened: OpenedRow[] = await openSubmission(key, submission);
  const names = new Map<number, string>();
  let failed = 0;
  for (const r of opened) {
    if (r.ok) names.set(r.row.row, r.row.fullName);
    else failed++;
  }
  return { names, failed };
}

/**
 * The attestation list with every sealed placeholder replaced by the name opened for its district and row,
 * re-sorted in the list's order (by name within an expiry, district and organisation). Entries with nothing
 * opened keep their placeholder (shown as "encrypted").
 */
export function withOpenedNames(
  entries: readonly AttestationEntry[],
  opened: ReadonlyMap<DistrictId, OpenedNames>,
): AttestationEntry[] {
  return entries
    .map((e) => {
      const row = sealedRowOf(e.fullName);
      const name = row === null || e.district === null ? undefined : opened.get(e.district)?.names.get(row);
      return name === undefined ? e : { ...e, fullName: name };
    })
    .sort(compareAttestation);
}

/** The row number a stored row gives, whatever else is wrong with it (0 when it gives none). */
function rowNumberOf(raw: unknown): number {
  const row = (raw as { row?: unknown } | null)?.row;
  return typeof row === "number" && Number.isInteger(row) ? row : 0;
}

/**
 * Every stored row of a revision as the region reads it (GET /api/submissions/:id?rows=1), opened with its
 * key. A row that does not open or is not of a sealed row's shape is `{ ok: false, code: "tampered" }` with
 * its row number; the others are still read.
 * Throws CryptoError("wrong-key") when the revision was sealed to another key.
 */
export async function openStoredRows(key: UnlockedRegionKey, stored: StoredRows): Promise<ReadRow[]> {
  const sealed: EncryptedSubmissionRow[] = [];
  const malformed: ReadRow[] = [];
  for (const raw of stored.rows) {
    const parsed = EncryptedSubmissionRowSchema.safeParse(raw);
    if (parsed.success) sealed.push(parsed.data);
    else malformed.push({ ok: false, row: rowNumberOf(raw), code: "tampered" });
  }
  const opened = await openSubmission(key, { ...stored, rows: sealed });
  return [...opened, ...malformed];
}
