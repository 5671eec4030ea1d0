import { DEFAULT_REGION_SETTINGS, type RegionSettings } from "@sapa/shared";
import { auditStatement } from "./audit.ts";

/** The region's settings: the stored values over the shared defaults. */
export async function readSettings(db: D1Database): Promise<RegionSettings> {
  const { results } = await db
    .prepare("SELECT key, value FROM settings")
    .all<{ key: string; value: string }>();
  const settings: RegionSettings = { ...DEFAULT_REGION_SETTINGS };
  for (const r of results) {
    if (r.key === "minYearsSinceAward") settings.minYearsSinceAward = JSON.parse(r.value) as number;
  }
  return settings;
}

/** Stores the given settings (the others keep their values) and records the change in the audit trail. */
export async function putSettings(
  db: D1Database,
  changes: Partial<RegionSettings>,
  at: string,
  by: string,
): Promise<void> {
  const entries = Object.entries(changes).filter(([, v]) => v !== undefined);
  if (entries.length === 0) return;
  await db.batch([
    ...entries.map(([key, value]) =>
      db
        .prepare(
          `INSERT INTO settings (key, value, updated_at, updated_by) VALUES (?1, ?2, ?3, ?4)
           ON CONFLICT (key) DO UPDATE SET value = excluded.value, updated_at = excluded.updated_at,
             updated_by = excluded.updated_by`,
        )
        .bind(key, JSON.stringify(value), at, by),
    ),
    auditStatement(db, { at, tokenId: by, action: "settings.put", detail: Object.fromEntries(entries) }),
  ]);
}
