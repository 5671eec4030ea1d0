import type { AcademicYear } from "@sapa/shared";
import { auditStatement } from "./audit.ts";

/** When the academic year was locked, or null while it is open. */
export async function lockedAt(db: D1Database, year: AcademicYear): Promise<string | null> {
  const row = await db
    .prepare("SELECT locked_at FROM locked_years WHERE year = ?1")
    .bind(year)
    .first<{ locked_at: string }>();
  return row?.locked_at ?? null;
}

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
