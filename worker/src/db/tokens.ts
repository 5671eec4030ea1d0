import type { DistrictId } from "@sapa/shared";
import { auditStatement } from "./audit.ts";

export interface TokenRecord {
  id: string;
  role: "district" | "region";
  district: DistrictId | null;
  label: string | null;
  createdAt: string;
  revokedAt: string | null;
}

interface TokenRow {
  id: string;
  role: "district" | "region";
  district: DistrictId | null;
  label: string | null;
  created_at: string;
  revoked_at: string | null;
}

const COLUMNS = "id, role, district, label, created_at, revoked_at";
const toRecord = (r: TokenRow): TokenRecord => ({
  id: r.id,
  role: r.role,
  district: r.district,
  label: r.label,
  createdAt: r.created_at,
  revokedAt: r.revoked_at,
});

/** The token whose SHA-256 hex is `hash` (revoked ones included), or null. */
export async function findTokenByHash(db: D1Database, hash: string): Promise<TokenRecord | null> {
  const row = await db.prepare(`SELECT ${COLUMNS} FROM tokens WHERE hash = ?1`).bind(hash).first<TokenRow>();
  return row === null ? null : toRecord(row);
}

/** Stores a new token by its hash and records who created it. */
export async function insertToken(
  db: D1Database,
  t: {
    id: string;
    hash: string;
    role: "district" | "region";
    district: DistrictId | null;
    label: string | null;
    createdAt: string;
    createdBy: string;
  },
): Promise<TokenRecord> {
  await db.batch([
    db
      .prepare(
        "INSERT INTO tokens (id, hash, role, district, label, created_at, created_by) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)",
      )
      .bind(t.id, t.hash, t.role, t.district, t.label, t.createdAt, t.createdBy),
    auditStatement(db, {
      at: t.createdAt,
      tokenId: t.createdBy,
      action: "token.create",
      district: t.district,
      detail: { id: t.id, role: t.role, label: t.label },
    }),
  ]);
  return {
    id: t.id,
    role: t.role,
    district: t.district,
    label: t.label,
    createdAt: t.createdAt,
    revokedAt: null,
  };
}

/** Revokes a token (once; revoking again keeps the first time). Null when no such token exists. */
export async function revokeToken(
  db: D1Database,
  id: string,
  at: string,
  by: string,
): Promise<TokenRecord | null> {
  const [updated] = await db.batch<TokenRow>([
    db
      .prepare(`UPDATE tokens SET revoked_at = COALESCE(revoked_at, ?2) WHERE id = ?1 RETURNING ${COLUMNS}`)
      .bind(id, at),
    // Audited only when the token exists.
    db
      .prepare(
        "INSERT INTO audit_log (at, token_id, action, district, year, detail) SELECT ?1, ?2, 'token.revoke', district, NULL, ?3 FROM tokens WHERE id = ?4",
      )
      .bind(at, by, JSON.stringify({ id }), id),
  ]);
  const row = updated?.results[0];
  return row === undefined ? null : toRecord(row);
}

/** Every token, newest first (never the secret: only its hash is stored, and not even that is listed). */
export async function listTokens(db: D1Database): Promise<TokenRecord[]> {
  const { results } = await db
    .prepare(`SELECT ${COLUMNS} FROM tokens ORDER BY created_at DESC, id`)
    .all<TokenRow>();
  return results.map(toRecord);
}
