import {
  DISTRICT_IDS,
  summaryFigures,
  type AcademicYear,
  type DistrictId,
  type Summary,
  type SummaryFigures,
} from "@sapa/shared";
import { LIST_FORMAT, packEntry, unpackEntries, type ListKind } from "./list-codec.ts";
import { PART_CHARS } from "./parts.ts";

export type { ListKind } from "./list-codec.ts";

const LIST_TABLE: Record<ListKind, string> = {
  organizations: "submission_organizations",
  attestation: "submission_attestation",
};

/** A submission's stored figures, the lengths of its lists and the format they are stored in. */
export interface StoredFigures {
  figures: SummaryFigures;
  counts: Record<ListKind, number>;
  listFormat: number;
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
 * json_each spreads a JSON array into rows), not one per entry.
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
          `INSERT INTO ${LIST_TABLE[kind]} (submission_id, position, data)
           SELECT ?1, ?2 + key, value FROM json_each(?3)`,
        )
        .bind(submissionId, from, json),
    ),
  );
  // The figures row last: once it exists, both lists are complete (the batch is one transaction anyway).
  statements.push(
    db
      .prepare(
        `INSERT INTO submission_figures (submission_id, data, organization_count, attestation_count, list_format)
         VALUES (?1, ?2, ?3, ?4, ?5)`,
      )
      .bind(
        submissionId,
        JSON.stringify(summaryFigures(summary)),
        summary.byOrganization.length,
        summary.attestationDue.length,
        LIST_FORMAT,
      ),
  );
  return statements;
}

interface FiguresRow {
  data: string;
  organization_count: number;
  attestation_count: number;
  list_format: number;
}

/** The figures columns of submission_figures, as FiguresRow reads them. */
export const FIGURES_COLUMNS = "f.data, f.organization_count, f.attestation_count, f.list_format";

/** A figures row as stored (JSON text, counts, list format) parsed. */
export function parseFigures(row: FiguresRow): StoredFigures {
  return {
    figures: JSON.parse(row.data) as SummaryFigures,
    counts: { organizations: row.organization_count, attestation: row.attestation_count },
    listFormat: row.list_format,
  };
}

/**
 * A submission's figures, or null when there is no such submission. Every submission has them: they are
 * stored in the submission's own batch (a first deployment starts at the current schema, docs/DEPLOY.md).
 */
export async function readFigures(db: D1Database, submissionId: string): Promise<StoredFigures | null> {
  const stored = await db
    .prepare(`SELECT ${FIGURES_COLUMNS} FROM submission_figures f WHERE f.submission_id = ?1`)
    .bind(submissionId)
    .first<FiguresRow>();
  return stored === null ? null : parseFigures(stored);
}

/** Stored list rows (JSON arrays in `format`) back to entries. */
function entriesOf<T>(kind: ListKind, format: number, rows: readonly { data: string }[]): T[] {
  return unpackEntries<T>(kind, format, JSON.parse(`[${rows.map((r) => r.data).join(",")}]`) as unknown[]);
}

/** Entries `from` … `from + count - 1` of one list of a submission stored in `format`, in the core's order. */
export async function readListRange<T>(
  db: D1Database,
  kind: ListKind,
  submission: { id: string; listFormat: number },
  from: number,
  count: number,
): Promise<T[]> {
  const { results } = await db
    .prepare(
      `SELECT data FROM ${LIST_TABLE[kind]} WHERE submission_id = ?1 AND position >= ?2 ORDER BY position LIMIT ?3`,
    )
    .bind(submission.id, from, count)
    .all<{ data: string }>();
  return entriesOf<T>(kind, submission.listFormat, results);
}

/** A submission's whole Summary (figures and both lists, one D1 batch), or null when there is none. */
export async function readSummary(db: D1Database, submissionId: string): Promise<Summary | null> {
  const [figures, organizations, attestation] = await db.batch<Record<string, unknown>>([
    db
      .prepare(`SELECT ${FIGURES_COLUMNS} FROM submission_figures f WHERE f.submission_id = ?1`)
      .bind(submissionId),
    db
      .prepare(`SELECT data FROM ${LIST_TABLE.organizations} WHERE submission_id = ?1 ORDER BY position`)
      .bind(submissionId),
    db
      .prepare(`SELECT data FROM ${LIST_TABLE.attestation} WHERE submission_id = ?1 ORDER BY position`)
      .bind(submissionId),
  ]);
  const row = figures?.results[0] as FiguresRow | undefined;
  if (row === undefined) return null;
  const stored = parseFigures(row);
  const rows = (r: typeof organizations) => (r?.results ?? []) as { data: string }[];
  return {
    ...stored.figures,
    attestationDue: entriesOf<Summary["attestationDue"][number]>(
      "attestation",
      stored.listFormat,
      rows(attestation),
    ),
    byOrganization: entriesOf<Summary["byOrganization"][number]>(
      "organizations",
      stored.listFormat,
      rows(organizations),
    ),
  };
}

/** A district's newest revision of a year, the lengths of its lists and their stored format. */
export interface ListHead {
  id: string;
  district: DistrictId;
  revision: number;
  counts: StoredFigures["counts"];
  listFormat: number;
}

/**
 * Each district's newest revision of a year with its list lengths, and, in the same D1 batch (one round trip,
 * one snapshot), up to `count` entries of one list of `first.district`'s newest revision from `first.position`:
 * most pages need nothing else.
 */
export async function newestListHeads<T>(
  db: D1Database,
  kind: ListKind,
  year: AcademicYear,
  first: { district: DistrictId; position: number; count: number },
): Promise<{ heads: ListHead[]; firstEntries: T[] }> {
  const [heads, range] = await db.batch<Record<string, unknown>>([
    db
      .prepare(
        `SELECT s.id, s.district, s.revision, f.organization_count, f.attestation_count, f.list_format
         FROM submissions s
         JOIN submission_figures f ON f.submission_id = s.id
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
    organization_count: number;
    attestation_count: number;
    list_format: number;
  }[];
  const result = rows.map((r): ListHead => ({
    id: r.id,
    district: r.district,
    revision: r.revision,
    counts: { organizations: r.organization_count, attestation: r.attestation_count },
    listFormat: r.list_format,
  }));
  const firstFormat = result.find((h) => h.district === first.district)?.listFormat ?? 1;
  return {
    heads: result,
    firstEntries: entriesOf<T>(kind, firstFormat, (range?.results ?? []) as { data: string }[]),
  };
}

/**
 * Whole lists of `year` (each district's newest revision, districts in the region's order, entries in the
 * core's order) with the revisions they come from, all in one D1 batch: one snapshot, so a district that
 * resubmits meanwhile is read either wholly before or wholly after, and the lists agree with each other.
 */
export async function readWholeLists<K extends ListKind>(
  db: D1Database,
  kinds: readonly K[],
  year: AcademicYear,
  scope: DistrictId | null,
): Promise<{ revisions: { district: DistrictId; revision: number }[]; lists: Record<K, unknown[]> }> {
  const NEWEST = `s.year = ?1 AND (?2 IS NULL OR s.district = ?2)
    AND s.revision = (SELECT MAX(m.revision) FROM submissions m WHERE m.district = s.district AND m.year = s.year)`;
  const [heads, ...lists] = await db.batch<Record<string, unknown>>([
    db
      .prepare(
        `SELECT s.id, s.district, s.revision, f.list_format FROM submissions s
         JOIN submission_figures f ON f.submission_id = s.id WHERE ${NEWEST}`,
      )
      .bind(year, scope),
    ...kinds.map((kind) =>
      db
        .prepare(
          `SELECT l.submission_id AS id, l.data FROM ${LIST_TABLE[kind]} l
           JOIN submissions s ON s.id = l.submission_id WHERE ${NEWEST}
           ORDER BY l.submission_id, l.position`,
        )
        .bind(year, scope),
    ),
  ]);
  const order = (d: DistrictId) => DISTRICT_IDS.indexOf(d);
  const newest = (
    (heads?.results ?? []) as { id: string; district: DistrictId; revision: number; list_format: number }[]
  )
    .slice()
    .sort((a, b) => order(a.district) - order(b.district));
  const result = {} as Record<K, unknown[]>;
  kinds.forEach((kind, i) => {
    const byId = new Map<string, { data: string }[]>();
    for (const row of (lists[i]?.results ?? []) as { id: string; data: string }[]) {
      const rows = byId.get(row.id) ?? [];
      rows.push(row);
      byId.set(row.id, rows);
    }
    result[kind] = newest.flatMap((h) => entriesOf<unknown>(kind, h.list_format, byId.get(h.id) ?? []));
  });
  return { revisions: newest.map(({ district, revision }) => ({ district, revision })), lists: result };
}
