import type { AcademicYear, AttestationEntry, ClearRevision, DistrictId } from "@sapa/shared";
import { splitParts } from "./parts.ts";
import { chunkedArrays } from "./report-lists.ts";

/** Revisions whose rows were stored in clear (encryption NULL), oldest first within a district-year. */
export async function listClearRevisions(
  db: D1Database,
  filter: { district?: DistrictId | undefined; year?: AcademicYear | undefined },
): Promise<ClearRevision[]> {
  const { results } = await db
    .prepare(
      `SELECT id, district, year, revision, as_of, received_at, row_count FROM submissions
       WHERE encryption IS NULL AND (?1 IS NULL OR district = ?1) AND (?2 IS NULL OR year = ?2)
       ORDER BY year DESC, district, revision`,
    )
    .bind(filter.district ?? null, filter.year ?? null)
    .all<{
      id: string;
      district: DistrictId;
      year: string;
      revision: number;
      as_of: string;
      received_at: string;
      row_count: number;
    }>();
  return results.map((r) => ({
    id: r.id,
    district: r.district,
    year: r.year,
    revision: r.revision,
    asOf: r.as_of,
    receivedAt: r.received_at,
    rowCount: r.row_count,
  }));
}

/** One revision of a district-year: its id and whether its rows are sealed, or null. */
export async function findRevision(
  db: D1Database,
  at: { district: DistrictId; year: AcademicYear; revision: number },
): Promise<{ id: string; asOf: string; sealed: boolean } | null> {
  const row = await db
    .prepare(
      "SELECT id, as_of, encryption IS NOT NULL AS sealed FROM submissions WHERE district = ?1 AND year = ?2 AND revision = ?3",
    )
    .bind(at.district, at.year, at.revision)
    .first<{ id: string; as_of: string; sealed: number }>();
  return row === null ? null : { id: row.id, asOf: row.as_of, sealed: row.sealed === 1 };
}

export interface Reseal {
  id: string;
  district: DistrictId;
  year: AcademicYear;
  revision: number;
  keyId: string;
  rowCount: number;
  encryptionJson: string;
  /** The sealed rows as JSON (checked against the stored clear rows by the caller). */
  rowsJson: string;
  /** The stored attestation list with each name replaced by its row's sealed placeholder. */
  attestation: readonly AttestationEntry[];
  at: string;
  tokenId: string;
}

/**
 * Replaces a clear revision's rows with sealed rows, its attestation list with the placeholder list, drops
 * any summary parts kept from before migration 0004 (they hold names; the figures are stored apart), and
 * audits it, in one D1 batch. Every statement after the first runs only if this very header was stored
 * by the first, so a revision sealed meanwhile by another request is left as it is: then false.
 */
export async function resealRevision(db: D1Database, r: Reseal): Promise<boolean> {
  const mine = "EXISTS (SELECT 1 FROM submissions WHERE id = ?1 AND encryption = ?2)";
  const [updated] = await db.batch([
    db
      .prepare("UPDATE submissions SET encryption = ?2 WHERE id = ?1 AND encryption IS NULL")
      .bind(r.id, r.encryptionJson),
    db
      .prepare(
        `DELETE FROM submission_parts WHERE submission_id = ?1 AND kind IN ('rows', 'summary') AND ${mine}`,
      )
      .bind(r.id, r.encryptionJson),
    ...splitParts(r.rowsJson).map((data, part) =>
      db
        .prepare(
          `INSERT INTO submission_parts (submission_id, kind, part, data) SELECT ?1, 'rows', ?3, ?4 WHERE ${mine}`,
        )
        .bind(r.id, r.encryptionJson, part, data),
    ),
    db
      .prepare(`DELETE FROM submission_attestation WHERE submission_id = ?1 AND ${mine}`)
      .bind(r.id, r.encryptionJson),
    ...chunkedArrays("attestation", r.attestation).map(({ from, json }) =>
      db
        .prepare(
          `INSERT INTO submission_attestation (submission_id, position, data)
           SELECT ?1, ?3 + key, value FROM json_each(?4) WHERE ${mine}`,
        )
        .bind(r.id, r.encryptionJson, from, json),
    ),
    db
      .prepare(
        `INSERT INTO audit_log (at, token_id, action, district, year, detail)
         SELECT ?3, ?4, 'submission.reseal', ?5, ?6, ?7 WHERE ${mine}`,
      )
      .bind(
        r.id,
        r.encryptionJson,
        r.at,
        r.tokenId,
        r.district,
        r.year,
        JSON.stringify({ id: r.id, revision: r.revision, keyId: r.keyId, rows: r.rowCount }),
      ),
  ]);
  return (updated?.meta.changes ?? 0) === 1;
}
