import { PLAN_YEAR_WINDOW, type AcademicYear, type YearWindow } from "@sapa/shared";
import { auditStatement } from "./audit.ts";
import { firstRow, readOne, type Read } from "./read.ts";
import { NEW_VERSION, preconditionSql, versionRead, type IfMatch } from "./versions.ts";

/** When the academic year was locked, or null while it is open. */
export const lockedAtRead = (db: D1Database, year: AcademicYear): Read<string | null> =>
  firstRow(
    db.prepare("SELECT locked_at FROM locked_years WHERE year = ?1").bind(year),
    (r: { locked_at: string }) => r.locked_at,
    null,
  );
export const lockedAt = (db: D1Database, year: AcademicYear) => readOne(db, lockedAtRead(db, year));

/** Closes a year to submissions (locking twice keeps the first time). */
export async function lockYear(db: D1Database, year: AcademicYear, at: string, by: string): Promise<string> {
  const [inserted] = await db.batch<{ locked_at: string }>([
    db
      .prepare(
        "INSERT INTO locked_years (year, locked_at, locked_by) VALUES (?1, ?2, ?3) ON CONFLICT (year) DO UPDATE SET year = year RETURNING locked_at",
      )
      .bind(year, at, by),
    auditStatement(db, { at, tokenId: by, action: "year.lock", year }),
  ]);
  return inserted?.results[0]?.locked_at ?? at;
}

/** Opens a year again. */
export async function unlockYear(db: D1Database, year: AcademicYear, at: string, by: string): Promise<void> {
  await db.batch([
    db.prepare("DELETE FROM locked_years WHERE year = ?1").bind(year),
    auditStatement(db, { at, tokenId: by, action: "year.unlock", year }),
  ]);
}

/** The years the region opened besides the plan's (the plan's own window until it sets one). */
export const yearWindowRead = (db: D1Database): Read<YearWindow> =>
  firstRow(
    db.prepare("SELECT first_year, last_year FROM year_window WHERE id = 1"),
    (r: { first_year: string; last_year: string }): YearWindow => ({ from: r.first_year, to: r.last_year }),
    PLAN_YEAR_WINDOW,
  );
export const yearWindow = (db: D1Database) => readOne(db, yearWindowRead(db));

/** The stored version of the window (0 while the plan's is in force). */
export const yearWindowVersionRead = (db: D1Database): Read<number> =>
  versionRead(db.prepare("SELECT version FROM year_window WHERE id = 1"));

/**
 * Replaces the region's window of open years and records the change, in one batch and only if `ifMatch`
 * holds for its version then. The version written, or null when it did not hold and nothing was written.
 */
export async function setYearWindow(
  db: D1Database,
  window: YearWindow,
  at: string,
  by: string,
  ifMatch: IfMatch,
): Promise<number | null> {
  const holds = preconditionSql(ifMatch, "(SELECT version FROM year_window WHERE id = 1)", true);
  const [, written] = await db.batch<{ version: number }>([
    auditStatement(
      db,
      { at, tokenId: by, action: "years.window", detail: window },
      { sql: holds, binds: [] },
    ),
    db
      .prepare(
        `INSERT INTO year_window (id, first_year, last_year, updated_at, updated_by, version)
         SELECT 1, ?1, ?2, ?3, ?4, ${NEW_VERSION} WHERE ${holds}
         ON CONFLICT (id) DO UPDATE SET first_year = ?1, last_year = ?2, updated_at = ?3, updated_by = ?4,
           version = excluded.version
         RETURNING version`,
      )
      .bind(window.from, window.to, at, by),
  ]);
  return written?.results[0]?.version ?? null;
}
