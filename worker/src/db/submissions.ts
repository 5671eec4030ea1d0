import type { AcademicYear, DistrictId, IsoDate, Summary } from "@sapa/shared";
import { gunzipBase64, gzipBase64 } from "../gzip.ts";
import { serialiseSummary } from "../summary-layout.ts";
import { auditStatement } from "./audit.ts";

/**
 * D1 refuses values over 2 MB; large JSON is stored in parts of at most this many UTF-16 code units
 * (at most 3 UTF-8 bytes each, so under 1.2 MB a part).
 */
export const PART_CHARS = 400_000;

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

/** Splits a text into parts of at most PART_CHARS code units, never inside a surrogate pair. */
export function splitParts(text: string, size = PART_CHARS): string[] {
  const parts: string[] = [];
  for (let start = 0; start < text.length;) {
    let end = Math.min(start + size, text.length);
    const last = text.charCodeAt(end - 1);
    // Keep a surrogate pair together: step back before it, or take it whole when it alone fills the part.
    if (end < text.length && last >= 0xd800 && last <= 0xdbff) end = end - 1 > start ? end - 1 : end + 1;
    parts.push(text.slice(start, end));
    start = end;
  }
  return parts.length > 0 ? parts : [""];
}

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
  /** The submitted rows as JSON (names kept for the attestation list; no ИИН exists in them). */
  rowsJson: string;
}

export type InsertResult =
  | { kind: "created"; revision: number }
  | { kind: "duplicate-key"; existing: SubmissionMeta & { bodyHash: string } };

/**
 * Stores a submission as the district's next revision, with its summary, rows and audit line, in one D1
 * batch (a transaction). The revision is computed inside the INSERT, which D1 runs serially, and
 * UNIQUE (district, year, revision) guards it: racing submissions land as distinct revisions. A repeated
 * (token, Idempotency-Key) returns the stored submission instead.
 */
export async function insertSubmission(db: D1Database, s: NewSubmission): Promise<InsertResult> {
  const partStatements = (kind: "summary" | "rows", json: string) =>
    splitParts(json).map((data, part) =>
      db
        .prepare("INSERT INTO submission_parts (submission_id, kind, part, data) VALUES (?1, ?2, ?3, ?4)")
        .bind(s.id, kind, part, data),
    );
  const summary = serialiseSummary(s.summary);
  const summaryGz = await gzipBase64(summary.json);
  const statements = [
    db
      .prepare(
        `INSERT INTO submissions (id, district, year, revision, as_of, received_at, token_id, idempotency_key, body_hash, row_count, source, summary_layout)
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
        summary.layout === null ? null : JSON.stringify(summary.layout),
      ),
    ...partStatements("summary", summary.json),
    ...splitParts(summaryGz).map((data, part) =>
      db
        .prepare("INSERT INTO submission_summary_gz (submission_id, part, data) VALUES (?1, ?2, ?3)")
        .bind(s.id, part, data),
    ),
    ...partStatements("rows", s.rowsJson),
    auditStatement(db, {
      at: s.receivedAt,
      tokenId: s.tokenId,
      action: "submission.create",
      district: s.district,
      year: s.year,
      detail: { id: s.id, rows: s.rowCount },
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

/** The submission a token already made with this Idempotency-Key, or null. */
export async function findByIdempotencyKey(
  db: D1Database,
  tokenId: string,
  key: string,
): Promise<(SubmissionMeta & { bodyHash: string }) | null> {
  const row = await db
    .prepare(`SELECT ${META_COLUMNS} FROM submissions WHERE token_id = ?1 AND idempotency_key = ?2`)
    .bind(tokenId, key)
    .first<SubmissionRow>();
  return row === null ? null : { ...toMeta(row), bodyHash: row.body_hash };
}

/** One submission's metadata, or null. */
export async function getSubmission(db: D1Database, id: string): Promise<SubmissionMeta | null> {
  const row = await db
    .prepare(`SELECT ${META_COLUMNS} FROM submissions WHERE id = ?1`)
    .bind(id)
    .first<SubmissionRow>();
  return row === null ? null : toMeta(row);
}

/** A stored JSON text (summary or rows) of a submission, joined from its parts, or null. */
async function readPartText(db: D1Database, id: string, kind: "summary" | "rows"): Promise<string | null> {
  const { results } = await db
    .prepare("SELECT data FROM submission_parts WHERE submission_id = ?1 AND kind = ?2 ORDER BY part")
    .bind(id, kind)
    .all<{ data: string }>();
  return results.length === 0 ? null : results.map((r) => r.data).join("");
}

/** A stored JSON document (summary or rows) of a submission, joined from its parts. */
export async function readPart<T>(db: D1Database, id: string, kind: "summary" | "rows"): Promise<T | null> {
  const text = await readPartText(db, id, kind);
  return text === null ? null : (JSON.parse(text) as T);
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
 * Each district's newest revision of a year with its stored summary as text and the summary's layout (see
 * summary-layout.ts; null for rows stored before it existed): one row of metadata and the summary parts per
 * district, so a report costs O(districts × organisations), never O(teachers).
 */
export async function newestSummaryTexts(
  db: D1Database,
  year: AcademicYear,
): Promise<(SubmissionMeta & { summaryJson: string; summaryLayout: string | null })[]> {
  // The gzip copy where there is one (about a seventeenth of the bytes); a row without one reads no part.
  const { results } = await db
    .prepare(
      `SELECT s.id, s.district, s.year, s.revision, s.as_of, s.received_at, s.token_id, s.row_count, s.source, s.body_hash,
              s.summary_layout, g.data AS gz_data
       FROM submissions s
       LEFT JOIN submission_summary_gz g ON g.submission_id = s.id
       WHERE s.year = ?1
         AND s.revision = (SELECT MAX(m.revision) FROM submissions m WHERE m.district = s.district AND m.year = s.year)
       ORDER BY s.district, g.part`,
    )
    .bind(year)
    .all<SubmissionRow & { summary_layout: string | null; gz_data: string | null }>();
  const byId = new Map<string, { meta: SubmissionMeta; layout: string | null; gz: string[] }>();
  for (const r of results) {
    let entry = byId.get(r.id);
    if (entry === undefined) byId.set(r.id, (entry = { meta: toMeta(r), layout: r.summary_layout, gz: [] }));
    if (r.gz_data !== null) entry.gz.push(r.gz_data);
  }
  return Promise.all(
    [...byId.values()].map(async ({ meta, layout, gz }) => {
      const summaryJson =
        gz.length > 0 ? await gunzipBase64(gz.join("")) : await readPartText(db, meta.id, "summary");
      if (summaryJson === null) throw new Error(`submission ${meta.id} has no stored summary`);
      return { ...meta, summaryJson, summaryLayout: layout };
    }),
  );
}

/** Each district's newest revision of a year with its stored summary parsed (see newestSummaryTexts). */
export async function newestSummaries(
  db: D1Database,
  year: AcademicYear,
): Promise<(SubmissionMeta & { summary: Summary })[]> {
  return (await newestSummaryTexts(db, year)).map(({ summaryJson, summaryLayout: _, ...meta }) => ({
    ...meta,
    summary: JSON.parse(summaryJson) as Summary,
  }));
}
