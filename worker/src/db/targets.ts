import {
  PLAN_INDICATOR_TARGETS,
  PLAN_STAGE_TARGETS,
  type AcademicYear,
  type IndicatorTargets,
  type StageTargets,
} from "@sapa/shared";
import { auditStatement } from "./audit.ts";
import { firstRow, readOne, type Read } from "./read.ts";
import { NEW_VERSION, auditWhen, preconditionSql, versionRead, type IfMatch } from "./versions.ts";

/**
 * The stage targets in force: the plan's table with every year the region has set replaced by its
 * stored version (and years beyond the plan added), ordered by year.
 */
export const targetsRead = (db: D1Database): Read<StageTargets[]> => ({
  statement: db.prepare("SELECT year, data FROM targets"),
  read(rows) {
    const byYear = new Map<AcademicYear, StageTargets>(PLAN_STAGE_TARGETS.map((t) => [t.year, t]));
    for (const r of rows as { year: string; data: string }[])
      byYear.set(r.year, JSON.parse(r.data) as StageTargets);
    return [...byYear.values()].sort((a, b) => a.year.localeCompare(b.year));
  },
});
export const targetsTable = (db: D1Database) => readOne(db, targetsRead(db));

/** The stored version of one year's targets (0 while the plan's are in force). */
export const targetsVersionRead = (db: D1Database, year: AcademicYear): Read<number> =>
  versionRead(db.prepare("SELECT version FROM targets WHERE year = ?1").bind(year));

/**
 * Stores the region's targets for one academic year and records the change, in one batch and only if
 * `ifMatch` holds for the year's version then (a plan year unset is version 0; a year the plan lacks is
 * missing until set). The version written, or null when `ifMatch` did not hold and nothing was written.
 */
export async function putTargets(
  db: D1Database,
  targets: StageTargets,
  at: string,
  by: string,
  ifMatch: IfMatch,
): Promise<number | null> {
  const inPlan = PLAN_STAGE_TARGETS.some((t) => t.year === targets.year);
  const holds = (year: string) =>
    preconditionSql(ifMatch, `(SELECT version FROM targets WHERE year = ${year})`, inPlan);
  const entry = { at, tokenId: by, action: "targets.put", year: targets.year, detail: targets } as const;
  const [, written] = await db.batch<{ version: number }>([
    auditStatement(db, entry, auditWhen(holds("?7"), targets.year)),
    db
      .prepare(
        `INSERT INTO targets (year, data, updated_at, updated_by, version)
         SELECT ?1, ?2, ?3, ?4, ${NEW_VERSION} WHERE ${holds("?1")}
         ON CONFLICT (year) DO UPDATE SET data = excluded.data, updated_at = excluded.updated_at,
           updated_by = excluded.updated_by, version = excluded.version
         RETURNING version`,
      )
      .bind(targets.year, JSON.stringify(targets), at, by),
  ]);
  return written?.results[0]?.version ?? null;
}

/** The targets of the plan's other indicators in force: the region's stored set, or the plan's. */
export const indicatorTargetsRead = (db: D1Database): Read<IndicatorTargets> =>
  firstRow(
    db.prepare("SELECT data FROM indicator_targets WHERE id = 1"),
    (r: { data: string }) => JSON.parse(r.data) as IndicatorTargets,
    { ...PLAN_INDICATOR_TARGETS },
  );
export const indicatorTargets = (db: D1Database) => readOne(db, indicatorTargetsRead(db));

/** The stored version of the indicator targets (0 while the plan's are in force). */
export const indicatorTargetsVersionRead = (db: D1Database): Read<number> =>
  versionRead(db.prepare("SELECT version FROM indicator_targets WHERE id = 1"));

/**
 * Stores the region's targets of the plan's other indicators (the whole set) and records the change, in
 * one batch and only if `ifMatch` holds for their version then. The version written, or null when it did
 * not hold and nothing was written.
 */
export async function putIndicatorTargets(
  db: D1Database,
  targets: IndicatorTargets,
  at: string,
  by: string,
  ifMatch: IfMatch,
): Promise<number | null> {
  const holds = preconditionSql(ifMatch, "(SELECT version FROM indicator_targets WHERE id = 1)", true);
  const [, written] = await db.batch<{ version: number }>([
    auditStatement(
      db,
      { at, tokenId: by, action: "indicator-targets.put", detail: targets },
      { sql: holds, binds: [] },
    ),
    db
      .prepare(
        `INSERT INTO indicator_targets (id, data, updated_at, updated_by, version)
         SELECT 1, ?1, ?2, ?3, ${NEW_VERSION} WHERE ${holds}
         ON CONFLICT (id) DO UPDATE SET data = excluded.data, updated_at = excluded.updated_at,
           updated_by = excluded.updated_by, version = excluded.version
         RETURNING version`,
      )
      .bind(JSON.stringify(targets), at, by),
  ]);
  return written?.results[0]?.version ?? null;
}
