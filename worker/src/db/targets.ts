import {
  PLAN_INDICATOR_TARGETS,
  PLAN_STAGE_TARGETS,
  type AcademicYear,
  type IndicatorTargets,
  type StageTargets,
} from "@sapa/shared";
import { auditStatement } from "./audit.ts";
import { firstRow, readOne, type Read } from "./read.ts";

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

/** Stores the region's targets for one academic year and records the change. */
export async function putTargets(
  db: D1Database,
  targets: StageTargets,
  at: string,
  by: string,
): Promise<void> {
  await db.batch([
    db
      .prepare(
        "INSERT INTO targets (year, data, updated_at, updated_by) VALUES (?1, ?2, ?3, ?4) ON CONFLICT (year) DO UPDATE SET data = excluded.data, updated_at = excluded.updated_at, updated_by = excluded.updated_by",
      )
      .bind(targets.year, JSON.stringify(targets), at, by),
    auditStatement(db, { at, tokenId: by, action: "targets.put", year: targets.year, detail: targets }),
  ]);
}

/** The targets of the plan's other indicators in force: the region's stored set, or the plan's. */
export const indicatorTargetsRead = (db: D1Database): Read<IndicatorTargets> =>
  firstRow(
    db.prepare("SELECT data FROM indicator_targets WHERE id = 1"),
    (r: { data: string }) => JSON.parse(r.data) as IndicatorTargets,
    { ...PLAN_INDICATOR_TARGETS },
  );
export const indicatorTargets = (db: D1Database) => readOne(db, indicatorTargetsRead(db));

/** Stores the region's targets of the plan's other indicators (the whole set) and records the change. */
export async function putIndicatorTargets(
  db: D1Database,
  targets: IndicatorTargets,
  at: string,
  by: string,
): Promise<void> {
  await db.batch([
    db
      .prepare(
        "INSERT INTO indicator_targets (id, data, updated_at, updated_by) VALUES (1, ?1, ?2, ?3) ON CONFLICT (id) DO UPDATE SET data = excluded.data, updated_at = excluded.updated_at, updated_by = excluded.updated_by",
      )
      .bind(JSON.stringify(targets), at, by),
    auditStatement(db, { at, tokenId: by, action: "indicator-targets.put", detail: targets }),
  ]);
}
