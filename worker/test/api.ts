import {
  DISTRICT_IDS,
  SEALED_ROW_FIELDS,
  sealSubmission,
  toWire,
  type DistrictId,
  type EncryptedSubmission,
  type RegionPublicKey,
  type Submission,
  type UnlockedRegionKey,
} from "@sapa/shared";
import { exports, env } from "cloudflare:workers";
import { testRegionKey } from "./fixtures.ts";

const sha256 = async (text: string) =>
  Array.from(new Uint8Array(await crypto.subtle.digest("SHA-256", new TextEncoder().encode(text))), (b) =>
    b.toString(16).padStart(2, "0"),
  ).join("");

/** Test tokens stored the way the worker stores them (hash only): `test-region`, `test-<district>`. */
export const TOKENS = {
  region: "test-region",
  district: (id: DistrictId) => `test-${id}`,
};

/** Inserts the test tokens into this file's D1 (storage is isolated per test file). */
export async function seedTokens(): Promise<void> {
  const now = new Date().toISOString();
  const rows = [
    { id: "t-region", token: TOKENS.region, role: "region", district: null as string | null },
    ...DISTRICT_IDS.map((d) => ({
      id: `t-${d}`,
      token: TOKENS.district(d),
      role: "district",
      district: d as string | null,
    })),
  ];
  await env.DB.batch(
    await Promise.all(
      rows.map(async (r) =>
        env.DB.prepare(
          "INSERT OR IGNORE INTO tokens (id, hash, role, district, label, created_at) VALUES (?1, ?2, ?3, ?4, 'test', ?5)",
        ).bind(r.id, await sha256(r.token), r.role, r.district, now),
      ),
    ),
  );
}

/**
 * The test region key, published in this file's D1 as the current key unless another key is current
 * already (a test that publishes its own keeps it).
 */
export async function publishTestKey(): Promise<UnlockedRegionKey> {
  const key = await testRegionKey();
  await env.DB.prepare(
    `INSERT INTO region_keys (id, algorithm, public_key, created_at, created_by)
     SELECT ?1, 'ECDH-P256', ?2, ?3, 'test'
     WHERE NOT EXISTS (SELECT 1 FROM region_keys WHERE retired_at IS NULL OR id = ?1)`,
  )
    .bind(key.keyId, key.publicKey, new Date().toISOString())
    .run();
  return key;
}

/** A submission as a district sends it: names and ИИН keys sealed to `recipient` (the test key by default). */
export async function sealed(body: Submission, recipient?: RegionPublicKey): Promise<EncryptedSubmission> {
  return sealSubmission(body, recipient ?? (await publishTestKey()));
}

/** Inserts one more token (a test that makes many requests spreads them over tokens: 120 a minute each). */
export async function addToken(id: string, token: string, district: DistrictId | null): Promise<void> {
  await env.DB.prepare(
    "INSERT OR IGNORE INTO tokens (id, hash, role, district, label, created_at) VALUES (?1, ?2, ?3, ?4, 'test', ?5)",
  )
    .bind(
      id,
      await sha256(token),
      district === null ? "region" : "district",
      district,
      new Date().toISOString(),
    )
    .run();
}

export interface CallOptions {
  method?: string;
  token?: string | null;
  body?: unknown;
  /** A raw body sent as is (for malformed input). */
  raw?: string | Uint8Array;
  headers?: Record<string, string>;
}

/**
 * A body as the clients send it: a sealed submission's rows as arrays of values (shared/src/submission/
 * wire.ts, what client.submit does). Anything else goes as the test wrote it: a clear submission, or rows
 * with a field the wire has no place for (a clear name, an ИИН), which no client sends.
 */
export function asSent(path: string, body: unknown): unknown {
  const known = new Set<string>(SEALED_ROW_FIELDS);
  const sealedSubmission =
    path.split("?")[0] === "/api/submissions" &&
    typeof body === "object" &&
    body !== null &&
    "encryption" in body &&
    "rows" in body &&
    Array.isArray(body.rows) &&
    body.rows.every(
      (r) =>
        typeof r === "object" && r !== null && !Array.isArray(r) && Object.keys(r).every((k) => known.has(k)),
    );
  return sealedSubmission ? toWire(body as EncryptedSubmission) : body;
}

/** A request to the worker's own fetch handler, inside workerd. */
export async function call(path: string, opts: CallOptions = {}): Promise<Response> {
  const headers = new Headers(opts.headers);
  if (opts.token) headers.set("Authorization", `Bearer ${opts.token}`);
  let body: BodyInit | undefined;
  if (opts.raw !== undefined) body = opts.raw;
  else if (opts.body !== undefined) {
    body = JSON.stringify(asSent(path, opts.body));
    if (!headers.has("Content-Type")) headers.set("Content-Type", "application/json");
  }
  const method = opts.method ?? (body === undefined ? "GET" : "POST");
  return exports.default.fetch(new Request(`https://sapa.test${path}`, { method, headers, body }));
}

/** The JSON of a response (asserting it is JSON). */
// Tests read envelopes and reports loosely; the schemas are asserted where the shape matters.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function json<T = any>(res: Response): Promise<T> {
  const type = res.headers.get("content-type") ?? "";
  if (!type.includes("application/json")) throw new Error(`expected JSON, got ${type}: ${await res.text()}`);
  return (await res.json()) as T;
}
