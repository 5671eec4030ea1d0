import type { RegionKeyRecord } from "@sapa/shared";
import { auditStatement } from "./audit.ts";
import { firstRow, readOne, type Read } from "./read.ts";

interface RegionKeyRow {
  id: string;
  algorithm: "ECDH-P256";
  public_key: string;
  created_at: string;
  retired_at: string | null;
}

const COLUMNS = "id, algorithm, public_key, created_at, retired_at";
const toRecord = (r: RegionKeyRow): RegionKeyRecord => ({
  keyId: r.id,
  algorithm: r.algorithm,
  publicKey: r.public_key,
  createdAt: r.created_at,
  retiredAt: r.retired_at,
});

/** The region's current key (the one districts encrypt to), or null before the first is published. */
export const currentRegionKeyRead = (db: D1Database): Read<RegionKeyRecord | null> =>
  firstRow(db.prepare(`SELECT ${COLUMNS} FROM region_keys WHERE retired_at IS NULL`), toRecord, null);
export const currentRegionKey = (db: D1Database) => readOne(db, currentRegionKeyRead(db));

/** A key by its id, current or retired, or null. */
export const regionKeyRead = (db: D1Database, keyId: string): Read<RegionKeyRecord | null> =>
  firstRow(db.prepare(`SELECT ${COLUMNS} FROM region_keys WHERE id = ?1`).bind(keyId), toRecord, null);
export const findRegionKey = (db: D1Database, keyId: string) => readOne(db, regionKeyRead(db, keyId));

/** Every key the region has published, newest first. */
export async function listRegionKeys(db: D1Database): Promise<RegionKeyRecord[]> {
  const { results } = await db
    .prepare(`SELECT ${COLUMNS} FROM region_keys ORDER BY created_at DESC, id`)
    .all<RegionKeyRow>();
  return results.map(toRecord);
}

/**
 * Makes `key` the current key: the current one (`replaces`, as the caller read it) is retired at the same
 * instant and the change is audited, in one batch. When the current key is no longer `replaces` (another
 * publish came in between), nothing is retired, the insert fails on the one-current-key index and the
 * whole batch is undone: null. The same key published twice at once fails on its id: null too.
 */
export async function publishRegionKey(
  db: D1Database,
  key: { keyId: string; publicKey: string; replaces: string | null; at: string; by: string },
): Promise<RegionKeyRecord | null> {
  try {
    await db.batch([
      db
        .prepare("UPDATE region_keys SET retired_at = ?1 WHERE retired_at IS NULL AND id IS ?2")
        .bind(key.at, key.replaces),
      db
        .prepare(
          "INSERT INTO region_keys (id, algorithm, public_key, created_at, created_by) VALUES (?1, 'ECDH-P256', ?2, ?3, ?4)",
        )
        .bind(key.keyId, key.publicKey, key.at, key.by),
      auditStatement(db, {
        at: key.at,
        tokenId: key.by,
        action: "key.publish",
        detail: { keyId: key.keyId, replaces: key.replaces },
      }),
    ]);
  } catch (error) {
    if (/UNIQUE constraint failed/i.test(String(error))) return null;
    throw error;
  }
  return {
    keyId: key.keyId,
    algorithm: "ECDH-P256",
    publicKey: key.publicKey,
    createdAt: key.at,
    retiredAt: null,
  };
}
