import { groupKey, type Group, type GroupMember } from "@sapa/shared";
import { auditStatement } from "./audit.ts";

interface GroupRow {
  name: string;
  members: string;
  updated_at: string;
}

const toGroup = (r: GroupRow): Group => ({
  name: r.name,
  members: JSON.parse(r.members) as GroupMember[],
  updatedAt: r.updated_at,
});

/** Every group, by name. */
export async function listGroups(db: D1Database): Promise<Group[]> {
  const { results } = await db
    .prepare("SELECT name, members, updated_at FROM groups ORDER BY key")
    .all<GroupRow>();
  return results.map(toGroup);
}

/** One group by its name (any spelling that folds to the same key), or null. */
export async function findGroup(db: D1Database, name: string): Promise<Group | null> {
  const row = await db
    .prepare("SELECT name, members, updated_at FROM groups WHERE key = ?1")
    .bind(groupKey(name))
    .first<GroupRow>();
  return row === null ? null : toGroup(row);
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
 * Creates or replaces a group (the new name's spelling and members win) and records it in the audit trail.
 * Its members (membersJson) must be at most MAX_GROUP_MEMBERS_BYTES: the caller refuses a larger list.
 */
export async function putGroup(
  db: D1Database,
  group: Group,
  by: string,
  unmatched: readonly GroupMember[],
  members = membersJson(group.members),
): Promise<void> {
  await db.batch([
    db
      .prepare(
        `INSERT INTO groups (key, name, members, updated_at, updated_by) VALUES (?1, ?2, ?3, ?4, ?5)
         ON CONFLICT (key) DO UPDATE SET name = excluded.name, members = excluded.members,
           updated_at = excluded.updated_at, updated_by = excluded.updated_by`,
      )
      .bind(groupKey(group.name), group.name, members.json, group.updatedAt, by),
    auditStatement(db, {
      at: group.updatedAt,
      tokenId: by,
      action: "group.put",
      detail: { name: group.name, members: group.members.length, unmatched: unmatched.length },
    }),
  ]);
}

/** Deletes a group and records it in the audit trail; the group deleted, or null when there is none. */
export async function deleteGroup(
  db: D1Database,
  name: string,
  at: string,
  by: string,
): Promise<Group | null> {
  const existing = await findGroup(db, name);
  if (existing === null) return null;
  await db.batch([
    db.prepare("DELETE FROM groups WHERE key = ?1").bind(groupKey(name)),
    auditStatement(db, { at, tokenId: by, action: "group.delete", detail: { name: existing.name } }),
  ]);
  return existing;
}
