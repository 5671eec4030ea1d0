import { groupKey, type Group, type GroupMember } from "@sapa/shared";
import { auditStatement } from "./audit.ts";
import { NEW_VERSION, auditWhen, preconditionSql, type IfMatch } from "./versions.ts";

interface GroupRow {
  name: string;
  members: string;
  updated_at: string;
  version: number;
}

const toGroup = (r: GroupRow): Group => ({
  name: r.name,
  members: JSON.parse(r.members) as GroupMember[],
  updatedAt: r.updated_at,
});

/** Every group, by name. */
export async function listGroups(db: D1Database): Promise<Group[]> {
  const { results } = await db
    .prepare("SELECT name, members, updated_at, version FROM groups ORDER BY key")
    .all<GroupRow>();
  return results.map(toGroup);
}

/** One group by its name (any spelling that folds to the same key) and its stored version, or null. */
export async function readGroup(
  db: D1Database,
  name: string,
): Promise<{ group: Group; version: number } | null> {
  const row = await db
    .prepare("SELECT name, members, updated_at, version FROM groups WHERE key = ?1")
    .bind(groupKey(name))
    .first<GroupRow>();
  return row === null ? null : { group: toGroup(row), version: row.version };
}

/** One group by its name (any spelling that folds to the same key), or null. */
export async function findGroup(db: D1Database, name: string): Promise<Group | null> {
  return (await readGroup(db, name))?.group ?? null;
}

/**
 * The most UTF-8 bytes a group's member list may take as JSON: D1 keeps at most 2,000,000 bytes in a value
 * or a row, and the row holds the group's key, name and dates beside it.
 */
export const MAX_GROUP_MEMBERS_BYTES = 1_900_000;

/** The member list as the groups table keeps it, and its size in UTF-8 bytes. */
export function membersJson(members: readonly GroupMember[]): { json: string; bytes: number } {
  const json = JSON.stringify(members);
  return { json, bytes: new TextEncoder().encode(json).byteLength };
}

/**
 * Creates or replaces a group (the new name's spelling and members win) and records it in the audit trail,
 * in one batch and only if `ifMatch` holds for the group's version then (a group that does not exist fails
 * every If-Match). The version written, or null when it did not hold and nothing was written.
 * Its members (membersJson) must be at most MAX_GROUP_MEMBERS_BYTES: the caller refuses a larger list.
 */
export async function putGroup(
  db: D1Database,
  group: Group,
  by: string,
  unmatched: readonly GroupMember[],
  ifMatch: IfMatch,
  members = membersJson(group.members),
): Promise<number | null> {
  const holds = (key: string) =>
    preconditionSql(ifMatch, `(SELECT version FROM groups WHERE key = ${key})`, false);
  const key = groupKey(group.name);
  const entry = {
    at: group.updatedAt,
    tokenId: by,
    action: "group.put",
    detail: { name: group.name, members: group.members.length, unmatched: unmatched.length },
  } as const;
  const [, written] = await db.batch<{ version: number }>([
    auditStatement(db, entry, auditWhen(holds("?7"), key)),
    db
      .prepare(
        `INSERT INTO groups (key, name, members, updated_at, updated_by, version)
         SELECT ?1, ?2, ?3, ?4, ?5, ${NEW_VERSION} WHERE ${holds("?1")}
         ON CONFLICT (key) DO UPDATE SET name = excluded.name, members = excluded.members,
           updated_at = excluded.updated_at, updated_by = excluded.updated_by, version = excluded.version
         RETURNING version`,
      )
      .bind(key, group.name, members.json, group.updatedAt, by),
  ]);
  return written?.results[0]?.version ?? null;
}

/**
 * Deletes a group and records it in the audit trail (with its stored name), in one batch and only if it
 * exists and `ifMatch` holds for its version then: the name deleted, or null when nothing was deleted.
 */
export async function deleteGroup(
  db: D1Database,
  name: string,
  at: string,
  by: string,
  ifMatch: IfMatch,
): Promise<string | null> {
  const holds = preconditionSql(ifMatch, "version", false);
  const [, deleted] = await db.batch<{ name: string }>([
    db
      .prepare(
        `INSERT INTO audit_log (at, token_id, action, district, year, detail)
         SELECT ?1, ?2, 'group.delete', NULL, NULL, json_object('name', name)
         FROM groups WHERE key = ?3 AND ${holds}`,
      )
      .bind(at, by, groupKey(name)),
    db.prepare(`DELETE FROM groups WHERE key = ?1 AND ${holds} RETURNING name`).bind(groupKey(name)),
  ]);
  return deleted?.results[0]?.name ?? null;
}
