import {
  storedRowReader,
  type AcademicYear,
  type DistrictId,
  type IsoDate,
  type Summary,
} from "@sapa/shared";
import { z } from "zod";
import { inflate } from "../bytes.ts";
import { resubmittedStatements } from "./review.ts";
import { base64ToBytes, bytesToBase64, splitParts } from "./parts.ts";
import { firstRow, readOne, type Read } from "./read.ts";
import { FIGURES_COLUMNS, parseFigures, summaryStatements, type StoredFigures } from "./report-lists.ts";

export interface SubmissionMeta {
  id: string;
  district: DistrictId;
  year: AcademicYear;
  revision: number;
  asOf: IsoDate;
  receivedAt: string;
  tokenId: string;
  rowCount: number;
  source: unknown;
}

interface SubmissionRow {
  id: string;
  district: DistrictId;
  year: string;
  revision: number;
  as_of: string;
  received_at: string;
  token_id: string;
  row_count: number;
  source: string | null;
  body_hash: string;
}

const META_COLUMNS =
  "id, district, year, revision, as_of, received_at, token_id, row_count, source, body_hash";
const toMeta = (r: SubmissionRow): SubmissionMeta => ({
  id: r.id,
  district: r.district,
  year: r.year,
  revision: r.revision,
  asOf: r.as_of,
  receivedAt: r.received_at,
  tokenId: r.token_id,
  rowCount: r.row_count,
  source: r.source === null ? null : (JSON.parse(r.source) as unknown),
});

export interface NewSubmission {
  id: string;
  district: DistrictId;
  year: AcademicYear;
  asOf: IsoDate;
  receivedAt: string;
  tokenId: string;
  idempotencyKey: string | null;
  bodyHash: string;
  rowCount: number;
  source: unknown;
  summary: Summary;
  /**
   * How the rows are kept (names and ИИН keys sealed to the region's key, the rest in clear): the body's
   * gzip as the district sent it, or, for a body sent uncompressed, the rows as JSON.
   */
  rows: StoredRows;
  /** The encryption header (key id, ephemeral key, salt) as JSON: what the region needs to open the rows. */
  encryptionJson: string;
}

/** A submission's rows as stored: see NewSubmission.rows. */
export type StoredRows = { kind: "gzip-body"; gzip: Uint8Array } | { kind: "rows-json"; json: string };

/** The statements that keep a submission's rows (in parts: D1 refuses values over 2 MB). */
function rowsStatements(db: D1Database, id: string, rows: StoredRows): D1PreparedStatement[] {
  return rows.kind === "gzip-body"
    ? splitParts(bytesToBase64(rows.gzip)).map((data, part) =>
        db
          .prepare("INSERT INTO submission_bodies (submission_id, part, data) VALUES (?1, ?2, ?3)")
          .bind(id, part, data),
      )
    : splitParts(rows.json).map((data, part) =>
        db
          .prepare(
            "INSERT INTO submission_parts (submission_id, kind, part, data) VALUES (?1, 'rows', ?2, ?3)",
          )
          .bind(id, part, data),
      );
}

export type InsertResult =
  | { kind: "created"; revision: number }
  | { kind: "duplicate-key"; existing: SubmissionMeta & { bodyHash: string } }
  /** The year was locked, or the district's data accepted, after the route's checks read it (migration 0012). */
  | { kind: "refused"; reason: "year-locked" | "review-accepted" };

/**
 * Stores a submission as the district's next revision, with its summary (figures and one row per list entry,
 * see report-lists.ts), rows and audit line, and moves a returned district-year back to `submitted`, in one
 * D1 batch (a transaction). The revision is computed inside the INSERT, which D1 runs serially, and
 * UNIQUE (district, year, revision) guards it: racing submissions land as distinct revisions. A repeated
 * (token, Idempotency-Key) returns the stored submission instead. The insert's triggers refuse a locked year
 * or accepted data as they are at the moment of writing, and nothing of the batch is kept.
 */
export async function insertSubmission(db: D1Database, s: NewSubmission): Promise<InsertResult> {
  const statements = [
    db
      .prepare(
        `INSERT INTO submissions (id, district, year, revision, as_of, received_at, token_id, idempotency_key, body_hash, row_count, source, encryption)
         SELECT ?1, ?2, ?3, COALESCE(MAX(revision), 0) + 1, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11
         FROM submissions WHERE district = ?2 AND year = ?3
         RETURNING revision`,
      )
      .bind(
        s.id,
        s.district,
        s.year,
        s.asOf,
        s.receivedAt,
        s.tokenId,
        s.idempotencyKey,
        s.bodyHash,
        s.rowCount,
        s.source === undefined ? null : JSON.stringify(s.source),
        s.encryptionJson,
      ),
    ...summaryStatements(db, s.id, s.summary),
    ...rowsStatements(db, s.id, s.rows),
    // The audit line names the revision the INSERT above gave, read back in the same transaction.
    db
      .prepare(
        `INSERT INTO audit_log (at, token_id, action, district, year, detail)
         SELECT ?1, ?2, 'submission.create', district, year,
                json_object('id', id, 'rows', row_count, 'revision', revision)
         FROM submissions WHERE id = ?3`,
      )
      .bind(s.receivedAt, s.tokenId, s.id),
    // A returned district-year is submitted again (issue 8 review), in the same transaction.
    ...resubmittedStatements(db, {
      submissionId: s.id,
      district: s.district,
      year: s.year,
      at: s.receivedAt,
      by: s.tokenId,
    }),
  ];
  for (let attempt = 1; ; attempt++) {
    try {
      const [first] = await db.batch<{ revision: number }>(statements);
      const revision = first?.results[0]?.revision;
      if (revision === undefined) throw new Error("insertSubmission: no revision returned");
      return { kind: "created", revision };
    } catch (error) {
      const message = String(error instanceof Error ? error.message : error);
      const refused = /sapa:(year-locked|review-accepted)/.exec(message)?.[1];
      if (refused === "year-locked" || refused === "review-accepted")
        return { kind: "refused", reason: refused };
      if (s.idempotencyKey !== null && message.includes("submissions.idempotency_key")) {
        const existing = await findByIdempotencyKey(db, s.tokenId, s.idempotencyKey);
        if (existing !== null) return { kind: "duplicate-key", existing };
      }
      // Two inserts computed the same next revision: the loser retries with a fresh MAX.
      if (message.includes("submissions.revision") && attempt < 5) continue;
      throw error;
    }
  }
}

/** The submission a token already made with this Idempotency-Key (none when `key` is null), or null. */
export const idempotentRead = (
  db: D1Database,
  tokenId: string,
  key: string | null,
): Read<(SubmissionMeta & { bodyHash: string }) | null> =>
  firstRow(
    db
      .prepare(`SELECT ${META_COLUMNS} FROM submissions WHERE token_id = ?1 AND idempotency_key = ?2`)
      .bind(tokenId, key),
    (row: SubmissionRow) => ({ ...toMeta(row), bodyHash: row.body_hash }),
    null,
  );
export const findByIdempotencyKey = (db: D1Database, tokenId: string, key: string) =>
  readOne(db, idempotentRead(db, tokenId, key));

/** One submission's metadata, or null. */
export async function getSubmission(db: D1Database, id: string): Promise<SubmissionMeta | null> {
  const row = await db
    .prepare(`SELECT ${META_COLUMNS} FROM submissions WHERE id = ?1`)
    .bind(id)
    .first<SubmissionRow>();
  return row === null ? null : toMeta(row);
}

/**
 * The submitted rows of a submission (null when none are stored) and the header that opens them. Every
 * revision's rows are sealed (a first deployment starts at the current schema, docs/DEPLOY.md). Rows kept as
 * the body's gzip are read back by the field order that body names (rowsOfGzipBody).
 */
export async function readRows(
  db: D1Database,
  id: string,
): Promise<{ rows: unknown[] | null; encryption: unknown }> {
  const [parts, bodies, header] = await db.batch<{ data: string }>([
    db
      .prepare("SELECT data FROM submission_parts WHERE submission_id = ?1 AND kind = 'rows' ORDER BY part")
      .bind(id),
    db.prepare("SELECT data FROM submission_bodies WHERE submission_id = ?1 ORDER BY part").bind(id),
    db.prepare("SELECT encryption AS data FROM submissions WHERE id = ?1").bind(id),
  ]);
  const texts = (result: { results: { data: string }[] } | undefined) =>
    (result?.results ?? []).map((r) => r.data);
  const encryptionText = header?.results[0]?.data;
  const encryption = encryptionText === undefined ? null : (JSON.parse(encryptionText) as unknown);
  const body = texts(bodies);
  if (body.length > 0) return { rows: await rowsOfGzipBody(body.join("")), encryption };
  const rows = texts(parts);
  return { rows: rows.length === 0 ? null : (JSON.parse(rows.join("")) as unknown[]), encryption };
}

/**
 * A stored body's field order and rows, in the wire form of the release that accepted it (shared/src/
 * submission/wire.ts): only the shape is checked here, not today's field tuple, which a later release may
 * change. Compiled in the worker's global scope, as jsonBody compiles the schemas of request bodies.
 */
const StoredBodySchema = z.compile(
  z.object({
    rowFields: z
      .array(z.string().regex(/^[A-Za-z][A-Za-z0-9]{0,63}$/))
      .refine((fields) => new Set(fields).size === fields.length, "a field named twice"),
    rows: z.array(z.array(z.unknown())),
  }),
);

/**
 * The rows of a stored gzip body (base64) as objects, read by the field order the body names: the values the
 * figures were computed from, whatever order today's release sends (a field it lacks is null).
 */
async function rowsOfGzipBody(base64: string): Promise<unknown[]> {
  const text = new TextDecoder().decode(await inflate(base64ToBytes(base64)));
  const body = StoredBodySchema.parse(JSON.parse(text));
  return body.rows.map(storedRowReader(body.rowFields));
}

/** Revision history, newest first, optionally for one district and/or year. */
export async function listSubmissions(
  db: D1Database,
  filter: { district?: DistrictId | undefined; year?: AcademicYear | undefined },
): Promise<SubmissionMeta[]> {
  const { results } = await db
    .prepare(
      `SELECT ${META_COLUMNS} FROM submissions
       WHERE (?1 IS NULL OR district = ?1) AND (?2 IS NULL OR year = ?2)
       ORDER BY year DESC, district, revision DESC`,
    )
    .bind(filter.district ?? null, filter.year ?? null)
    .all<SubmissionRow>();
  return results.map(toMeta);
}

/**
 * Each district's newest revision of a year with its stored figures and list lengths: one small row per
 * district, so the report costs O(districts) whatever the number of teachers.
 */
export async function newestFigures(
  db: D1Database,
  year: AcademicYear,
): Promise<(SubmissionMeta & StoredFigures)[]> {
  const { results } = await db
    .prepare(
      `SELECT s.id, s.district, s.year, s.revision, s.as_of, s.received_at, s.token_id, s.row_count, s.source, s.body_hash,
              ${FIGURES_COLUMNS}
       FROM submissions s
       JOIN submission_figures f ON f.submission_id = s.id
       WHERE s.year = ?1
         AND s.revision = (SELECT MAX(m.revision) FROM submissions m WHERE m.district = s.district AND m.year = s.year)
       ORDER BY s.district`,
    )
    .bind(year)
    .all<
      SubmissionRow & {
        data: string;
        organization_count: number;
        attestation_count: number;
        list_format: number;
      }
    >();
  return results.map((r) => ({ ...toMeta(r), ...parseFigures(r) }));
}
