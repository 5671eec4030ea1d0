import { DEFAULT_REGION_SETTINGS, type RegionSettings } from "@sapa/shared";
import { auditStatement } from "./audit.ts";
import { NEW_VERSION, preconditionSql, type IfMatch } from "./versions.ts";

/** The region's settings: the stored values over the shared defaults. */
export async function readSettings(db: D1Database): Promise<RegionSettings> {
  return (await readVersionedSettings(db)).settings;
}

/** The settings and their version: that of the newest write of any of them (0 before the first). */
export async function readVersionedSettings(
  db: D1Database,
): Promise<{ settings: RegionSettings; version: number }> {
  const { results } = await db
    .prepare("SELECT key, value, version FROM settings")
    .all<{ key: string; value: string; version: number }>();
  const settings: RegionSettings = { ...DEFAULT_REGION_SETTINGS };
  let version = 0;
  for (const r of results) {
    if (r.key === "minYearsSinceAward") settings.minYearsSinceAward = JSON.parse(r.value) as number;
    version = Math.max(version, r.version);
  }
  return { settings, version };
}

/** The settings' stored version as SQL (NULL before any is stored): the newest write's. */
const SETTINGS_VERSION = "(SELECT MAX(version) FROM settings)";

/**
 * Stores the given settings (the others keep their values) and records the change in the audit trail, in
 * one batch and only if `ifMatch` holds for the settings' version then. False when it did not hold: nothing
 * was written.
 */
export async function putSettings(
  db: D1Database,
  changes: Partial<RegionSettings>,
  at: string,
  by: string,
  ifMatch: IfMatch,
): Promise<boolean> {
  const holds = preconditionSql(ifMatch, SETTINGS_VERSION, true);
  const entries = Object.entries(changes).filter(([, v]) => v !== undefined);
  if (entries.length === 0) return (await db.prepare(`SELECT 1 AS ok WHERE ${holds}`).first()) !== null;
  const values = entries.map((_, i) => `(?${3 + 2 * i}, ?${4 + 2 * i})`).join(", ");
  const [, written] = await db.batch([
    auditStatement(
      db,
      { at, tokenId: by, action: "settings.put", detail: Object.fromEntries(entries) },
      { sql: holds, binds: [] },
    ),
    // One statement for every setting: its condition is read once, before any of them is written.
    db
      .prepare(
        `INSERT INTO settings (key, value, updated_at, updated_by, version)
         SELECT column1, column2, ?1, ?2, ${NEW_VERSION} FROM (VALUES ${values}) WHERE ${holds}
         ON CONFLICT (key) DO UPDATE SET value = excluded.value, updated_at = excluded.updated_at,
           updated_by = excluded.updated_by, version = excluded.version
         RETURNING version`,
      )
      .bind(at, by, ...entries.flatMap(([key, value]) => [key, JSON.stringify(value)])),
  ]);
  return (written?.results.length ?? 0) > 0;
}
