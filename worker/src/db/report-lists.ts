import {
  summaryFigures,
  type AcademicYear,
  type DistrictId,
  type Summary,
  type SummaryFigures,
} from "@sapa/shared";
import { packEntry, unpackEntries, type ListKind } from "./list-codec.ts";
import { PART_CHARS } from "./parts.ts";

export type { ListKind } from "./list-codec.ts";

const LIST_TABLE: Record<ListKind, string> = {
  organizations: "submission_organizations",
  attestation: "submission_attestation",
};

/** A submission's stored figures and the lengths of its lists. */
export interface StoredFigures {
  figures: SummaryFigures;
  counts: Record<ListKind, number>;
}

/**
 * JSON arrays of a list's entries in their stored form (list-codec.ts), each under PART_CHARS (D1 refuses
 * values over 2 MB).
 */
export function chunkedArrays(kind: ListKind, entries: readonly object[]): { from: number; json: string }[] {
  const chunks: { from: number; json: string }[] = [];
  let from = 0;
  let texts: string[] = [];
  let size = 0;
  entries.forEach((entry, i) => {
    const text = JSON.stringify(packEntry(kind, entry));
    if (texts.length > 0 && size + text.length + 1 > PART_CHARS) {
      chunks.push({ from, json: `[${texts.join(",")}]` });
      texts = [];
      size = 0;
      from = i;
    }
    texts.push(text);
    size += text.length + 1;
  });
  if (texts.length > 0) chunks.push({ from, json: `[${texts.join(",")}]` });
  return chunks;
}

/**
 * The statements that store a submission's summary as figures plus one row per organisation and per
 * attestation entry, for the same D1 batch as the submission. Each list goes in a few statements (SQLite's
 * json_each spreads a JSON array into rows), not one per entry. OR IGNORE makes a repeated lazy backfill a no-op.
 */
export function summaryStatements(
  db: D1Database,
  submissionId: string,
  summary: Summary,
): D1PreparedStatement[] {
  const lists: Record<ListKind, readonly object[]> = {
    organizations: summary.byOrganization,
    attestation: summary.attestationDue,
  };
  const statements = (Object.keys(lists) as ListKind[]).flatMap((kind) =>
    chunkedArrays(kind, lists[kind]).map(({ from, json }) =>
      db
        .prepare(
          `INSERT OR IGNORE INTO ${LIST_TABLE[kind]} (submission_id, position, data)
           SELECT ?1, ?2 + key, value FROM json_each(?3)`,
        )
        .bind(submissionId, from, json),
    ),
  );
  // The figures row last: once it exists, both lists are complete (the batch is one transaction anyway).
  statements.push(
    db
      .prepare(
        `INSERT OR IGNORE INTO submission_figures (submission_id, data, organization_count, attestation_count)
         VALUES (?1, ?2, ?3, ?4)`,
      )
      .bind(
        submissionId,
        JSON.stringify(summaryFigures(summary)),
        summary.byOrganization.length,
        summary.attestationDue.length,
      ),
  );
  return statements;
}

interface FiguresRow {
  data: string;
  organization_count: number;
  attestation_count: number;
}

/** A figures row as stored (JSON text and counts) parsed. */
export function parseFigures(row: FiguresRow): StoredFigures {
  return {
    figures: JSON.parse(row.data) as SummaryFigures,
    counts: { organizations: row.organization_count, attestation: row.attestation_count },
  };
}

/**
 * A submission's figures, derived and stored once from its summary parts when it was stored before migration
 * 0004 (which kept the whole summary as JSON parts), or null when the submission has neither.
 */
export async function ensureFigures(db: D1Database, submissionId: string): Promise<StoredFigures | null> {
  const stored = await db
    .prepare(
      "SELECT data, organization_count, attestation_count FROM submission_figures WHERE submission_id = ?1",
    )
    .bind(submissionId)
    .first<FiguresRow>();
  if (stored !== null) return parseFigures(stored);
  const { results } = await db
    .prepare("SELECT data FROM submission_parts WHERE submission_id = ?1 AND kind = 'summary' ORDER BY part")
    .bind(submissionId)
    .all<{ data: string }>();
  if (results.length === 0) return null;
  const summary = JSON.parse(results.map((r) => r.data).join("")) as Summary;
  await db.batch(summaryStatements(db, submissionId, summary));
  return {
    figures: summaryFigures(summary),
    counts: { organizations: summary.byOrganization.length, attestation: summary.attestationDue.length },
  };
}

/** Entries `from` … `from + count - 1` of one list of a submission, in the shared core's order. */
export async function readListRange<T>(
  db: D1Database,
  kind: ListKind,
  submissionId: string,
  from: number,
  count: number,
): Promise<T[]> {
  const { results } = await db
    .prepare(
      `SELECT data FROM ${LIST_TABLE[kind]} WHERE submission_id = ?1 AND position >= ?2 ORDER BY position LIMIT ?3`,
    )
    .bind(submissionId, from, count)
    .all<{ data: string }>();
  return unpackEntries<T>(kind, JSON.parse(`[${results.map((r) => r.data).join(",")}]`) as unknown[]);
}

/** A submission's whole Summary (figures and both lists), or null when it has no stored summary. */
export async function readSummary(db: D1Database, submissionId: string): Promise<Summary | null> {
  const stored = await ensureFigures(db, submissionId);
  if (stored === null) return null;
  const [byOrganization, attestationDue] = await Promise.all([
    readListRange<Summary["byOrganization"][number]>(
      db,
      "organizations",
      submissionId,
      0,
      stored.counts.organizations,
    ),
    readListRange<Summary["attestationDue"][number]>(
      db,
      "attestation",
      submissionId,
      0,
      stored.counts.attestation,
    ),
  ]);
  return { ...stored.figures, attestationDue, byOrganization };
}

/** A district's newest revision of a year and the lengths of its lists. */
export interface ListHead {
  id: string;
  district: DistrictId;
  revision: number;
  counts: StoredFigures["counts"];
}

/**
 * Each district's newest revision of a year with its list lengths, and, in the same D1 batch (one round trip,
 * one snapshot), up to `count` entries of one list of `first.district`'s newest revision from `first.position`:
 * most pages need nothing else. Revisions stored before migration 0004 get their lists derived here; then
 * the prefetched entries are null (there were none to read) and the caller reads them with readListRange.
 */
export async function newestListHeads<T>(
  db: D1Database,
  kind: ListKind,
  year: AcademicYear,
  first: { district: DistrictId; position: number; count: number },
): Promise<{ heads: ListHead[]; firstEntries: T[] | null }> {
  const [heads, range] = await db.batch<Record<string, unknown>>([
    db
      .prepare(
        `SELECT s.id, s.district, s.revision, f.organization_count, f.attestation_count
         FROM submissions s
         LEFT JOIN submission_figures f ON f.submission_id = s.id
         WHERE s.year = ?1
           AND s.revision = (SELECT MAX(m.revision) FROM submissions m WHERE m.district = s.district AND m.year = s.year)`,
      )
      .bind(year),
    db
      .prepare(
        `SELECT data FROM ${LIST_TABLE[kind]}
         WHERE submission_id = (SELECT id FROM submissions WHERE district = ?1 AND year = ?2 ORDER BY revision DESC LIMIT 1)
           AND position >= ?3
         ORDER BY position LIMIT ?4`,
      )
      .bind(first.district, year, first.position, first.count),
  ]);
  const rows = (heads?.results ?? []) as {
    id: string;
    district: DistrictId;
    revision: number;
    organization_count: number | null;
    attestation_count: number | null;
  }[];
  let derived = false;
  const result = await Promise.all(
    rows.map(async (r): Promise<ListHead> => {
      if (r.organization_count !== null && r.attestation_count !== null)
        return {
          id: r.id,
          district: r.district,
          revision: r.revision,
          counts: { organizations: r.organization_count, attestation: r.attestation_count },
        };
      const stored = await ensureFigures(db, r.id);
      if (stored === null) throw new Error(`submission ${r.id} has no stored summary`);
      derived = true;
      return { id: r.id, district: r.district, revision: r.revision, counts: stored.counts };
    }),
  );
  const texts = ((range?.results ?? []) as { data: string }[]).map((r) => r.data);
  return {
    heads: result,
    firstEntries: derived ? null : unpackEntries<T>(kind, JSON.parse(`[${texts.join(",")}]`) as unknown[]),
  };
}
