/** One line of the audit trail: who (token) did what, to which district/year, and when. */
export interface AuditEntry {
  at: string;
  tokenId: string | null;
  action:
    | "submission.create"
    | "token.create"
    | "token.revoke"
    | "year.lock"
    | "year.unlock"
    | "years.window"
    | "targets.put"
    | "indicator-targets.put"
    | "review.accept"
    | "review.return"
    | "review.reopen"
    | "review.resubmit"
    | "key.publish"
    | "group.put"
    | "group.delete"
    | "settings.put";
  district?: string | null;
  year?: string | null;
  detail?: unknown;
}

/**
 * The INSERT for one audit entry, to run in the same batch as the change it records; with `when` (SQL,
 * its parameters from ?7 on in `binds`), only if that holds: the condition the change is written under.
 */
export function auditStatement(
  db: D1Database,
  e: AuditEntry,
  when: { sql: string; binds: unknown[] } = { sql: "1", binds: [] },
): D1PreparedStatement {
  return db
    .prepare(
      `INSERT INTO audit_log (at, token_id, action, district, year, detail)
       SELECT ?1, ?2, ?3, ?4, ?5, ?6 WHERE ${when.sql}`,
    )
    .bind(
      e.at,
      e.tokenId,
      e.action,
      e.district ?? null,
      e.year ?? null,
      e.detail === undefined ? null : JSON.stringify(e.detail),
      ...when.binds,
    );
}

export interface AuditRow {
  id: number;
  at: string;
  tokenId: string | null;
  action: string;
  district: string | null;
  year: string | null;
  detail: unknown;
}

/** The newest audit entries first. */
export async function listAudit(db: D1Database, limit: number): Promise<AuditRow[]> {
  const { results } = await db
    .prepare(
      "SELECT id, at, token_id, action, district, year, detail FROM audit_log ORDER BY id DESC LIMIT ?1",
    )
    .bind(limit)
    .all<{
      id: number;
      at: string;
      token_id: string | null;
      action: string;
      district: string | null;
      year: string | null;
      detail: string | null;
    }>();
  return results.map((r) => ({
    id: r.id,
    at: r.at,
    tokenId: r.token_id,
    action: r.action,
    district: r.district,
    year: r.year,
    detail: r.detail === null ? null : (JSON.parse(r.detail) as unknown),
  }));
}
