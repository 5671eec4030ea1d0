import { firstRow, type Read } from "./read.ts";

/**
 * What a write's If-Match header asks for (RFC 9110): null without the header (the write goes through),
 * "*" for any current version, or the versions of the tags it lists.
 */
export type IfMatch = null | "*" | readonly number[];

/** The If-Match header read: "*", or the versions of its tags in Sapa's form ("12"); any other tag matches none. */
export function parseIfMatch(header: string | undefined): IfMatch {
  if (header === undefined) return null;
  if (header.trim() === "*") return "*";
  return header.split(",").flatMap((tag) => {
    const version = /^"(\d{1,15})"$/.exec(tag.trim())?.[1];
    return version === undefined ? [] : [Number(version)];
  });
}

/** The ETag of a stored version. */
export const etag = (version: number) => `"${version}"`;

/**
 * The version a write stores: the id of the audit entry written just before it in the same batch, the
 * newest of the log (AUTOINCREMENT), so no version is ever given twice.
 */
export const NEW_VERSION = "(SELECT MAX(id) FROM audit_log)";

/**
 * SQL that is true when `ifMatch` holds for a resource whose stored version is the SQL `current` (NULL when
 * nothing is stored). `hasDefault`: the resource exists unstored (the plan's values, version 0), so "*"
 * always holds and a missing row is version 0; otherwise a missing resource fails every If-Match.
 */
export function preconditionSql(ifMatch: IfMatch, current: string, hasDefault: boolean): string {
  if (ifMatch === null) return "1";
  if (ifMatch === "*") return hasDefault ? "1" : `${current} IS NOT NULL`;
  if (ifMatch.length === 0) return "0";
  return `${hasDefault ? `COALESCE(${current}, 0)` : current} IN (${ifMatch.join(", ")})`;
}

/** A read of one stored version (`SELECT version ...`), 0 when nothing is stored. */
export const versionRead = (statement: D1PreparedStatement): Read<number> =>
  firstRow(statement, (r: { version: number | null }) => r.version ?? 0, 0);

/** A condition as auditStatement's `when`: `sql`, its `?7` (if it names one) bound to `key`. */
export const auditWhen = (sql: string, key: unknown) => ({ sql, binds: sql.includes("?7") ? [key] : [] });
