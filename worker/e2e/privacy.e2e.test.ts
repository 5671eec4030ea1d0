import { mkdtempSync, readFileSync, readdirSync, rmSync, statSync } from "node:fs";
import { Agent, request } from "node:https";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { gunzipSync } from "node:zlib";
import {
  DISTRICTS,
  prepareSubmission,
  readRoster,
  sealSubmission,
  toWire,
  type RegionKeyRecord,
} from "@sapa/shared";
import { generateRoster } from "@sapa/shared/sample";
import { afterAll, describe, expect, it } from "vitest";
import { getPlatformProxy } from "wrangler";
import { freePort, prepareLocalDatabase, startDevServer, type DevServer } from "../../scripts/dev-server.mjs";
import { gzipJson } from "../../client/src/gzip.ts";

// Issue 11, "done when": after the demo's rosters went through a real local server, no teacher's name, no
// ИИН and no unencrypted ИИН-derived key is anywhere in the server's database files or in what it printed.

/** The rosters `sapa demo` submits: its sizes (1369 for Aktobe, 147-265 elsewhere), messy sheets, kk and ru. */
const DEMO_ROWS = [1369, 214, 246, 162, 158, 171, 197, 265, 148, 176, 205, 219, 147];
const YEAR = "2025-2026";
const AS_OF = "2026-05-31";

const persistDir = mkdtempSync(join(tmpdir(), "sapa-privacy-"));
afterAll(() => rmSync(persistDir, { recursive: true, force: true }));

/** A request to the server; a Uint8Array body is sent gzip-compressed as it is (as the clients send rows). */
function call(server: DevServer, method: string, path: string, token: string, body?: unknown) {
  const agent = new Agent({ ca: readFileSync(server.caPath) });
  return new Promise<{ status: number; text: string }>((resolve, reject) => {
    const headers: Record<string, string> = { Authorization: `Bearer ${token}` };
    if (body !== undefined) headers["Content-Type"] = "application/json";
    if (body instanceof Uint8Array) headers["Content-Encoding"] = "gzip";
    const req = request(`${server.url}${path}`, { method, headers, agent }, (res) => {
      let text = "";
      res.setEncoding("utf8");
      res.on("data", (c) => (text += c));
      res.on("end", () => resolve({ status: res.statusCode ?? 0, text }));
    });
    req.on("error", reject);
    req.end(body === undefined ? undefined : body instanceof Uint8Array ? body : JSON.stringify(body));
  });
}

/**
 * Every value of every table of the local D1 in `dir`, as text, and every stored gzip body inflated. The raw
 * files are scanned too, but SQLite spreads a long value over overflow pages, so a name that straddles a page
 * boundary is only seen here, and a compressed body only here.
 */
async function everyStoredValue(dir: string): Promise<string> {
  return withDatabase(dir, async (db) => {
    const { results: tables } = await db
      .prepare(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name NOT LIKE '_cf_%'",
      )
      .all<{ name: string }>();
    expect(tables.map((t) => t.name)).toEqual(
      expect.arrayContaining(["submissions", "submission_parts", "audit_log"]),
    );
    const values: string[] = [];
    for (const { name } of tables) {
      const { results } = await db.prepare(`SELECT * FROM "${name}"`).all<Record<string, unknown>>();
      for (const row of results) for (const v of Object.values(row)) values.push(String(v));
    }
    const { results: parts } = await db
      .prepare("SELECT submission_id AS id, data FROM submission_bodies ORDER BY submission_id, part")
      .all<{ id: string; data: string }>();
    const bodies = new Map<string, string>();
    for (const { id, data } of parts) bodies.set(id, (bodies.get(id) ?? "") + data);
    for (const data of bodies.values()) values.push(gunzipSync(Buffer.from(data, "base64")).toString("utf8"));
    inflatedBodies = bodies.size;
    return values.join("\n");
  });
}

/** How many gzip bodies the last everyStoredValue inflated. */
let inflatedBodies = 0;

/** The local D1 in `dir`, opened while no server runs on it. */
async function withDatabase<T>(dir: string, task: (db: D1Database) => Promise<T>): Promise<T> {
  const proxy = await getPlatformProxy<{ DB: D1Database }>({
    configPath: join(import.meta.dirname, "..", "wrangler.jsonc"),
    persist: { path: join(dir, "v3") },
  });
  try {
    return await task(proxy.env.DB);
  } finally {
    await proxy.dispose();
  }
}

/** Every file under `dir`, whole, as bytes. */
function everyFile(dir: string): { path: string; bytes: Buffer }[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? everyFile(path) : [{ path, bytes: readFileSync(path) }];
  });
}

describe("what the server keeps and prints", () => {
  it("holds no name, no ИИН and no clear ИИН key after the demo rosters are submitted", async () => {
    await prepareLocalDatabase(persistDir);
    let printed = "";
    const server = await startDevServer({
      port: await freePort(),
      persistDir,
      quiet: true,
      onOutput: (text) => (printed += text),
    });
    const secrets = { names: new Set<string>(), iins: new Set<string>(), iinKeys: new Set<string>() };
    const organizations = new Set<string>();
    try {
      const key = JSON.parse(
        (await call(server, "GET", "/api/keys/current", server.tokens.districts.alga!)).text,
      ) as RegionKeyRecord;
      for (const [i, district] of DISTRICTS.entries()) {
        const lang = i % 3 === 1 ? "ru" : "kk";
        const grid = generateRoster({
          seed: 2025 + i,
          rows: DEMO_ROWS[i]!,
          district: district.id,
          lang,
          messy: true,
          year: YEAR,
          asOf: AS_OF,
        });
        const read = readRoster(grid, { asOf: AS_OF });
        const meta = { district: district.id, year: YEAR, asOf: AS_OF, source: { app: "cli" as const } };
        const prepared = await prepareSubmission(read, meta);
        if (prepared.kind !== "ready") throw new Error(`${district.id}: ${prepared.kind}`);
        for (const t of read.teachers) {
          organizations.add(t.organization);
          secrets.names.add(t.fullName);
          if (t.iin) secrets.iins.add(t.iin);
        }
        for (const r of prepared.submission.rows) if (r.iinKey) secrets.iinKeys.add(r.iinKey);
        const token = server.tokens.districts[district.id]!;
        const sealed = await sealSubmission(prepared.submission, key);
        const posted = await call(server, "POST", "/api/submissions", token, await gzipJson(toWire(sealed)));
        expect(posted.status, posted.text).toBe(201);
        // A client that did not seal is refused, and its refusal must not leave the names behind either.
        if (i === 0) {
          const clear = await call(server, "POST", "/api/submissions", token, prepared.submission);
          expect(clear.status).toBe(400);
        }
      }
      // The region's reads go through the same server (and its logs) too.
      for (const path of ["/api/report?year=2025-2026", "/api/report/attestation?year=2025-2026&limit=1000"])
        expect((await call(server, "GET", path, server.tokens.region)).status).toBe(200);
    } finally {
      await server.stop();
    }
    expect(secrets.names.size).toBeGreaterThan(3000);
    expect(secrets.iins.size).toBeGreaterThan(3000);
    expect(secrets.iinKeys.size).toBe(secrets.iins.size);

    const files = everyFile(persistDir);
    const databases = files.filter((f) => f.path.endsWith(".sqlite"));
    expect(databases.length).toBeGreaterThan(0);
    // The scan can see what is stored: every organisation (clear text, Kazakh and Russian letters) is found
    // in the stored values as written (or JSON-escaped), so a name stored the same way would be found too.
    const stored = await everyStoredValue(persistDir);
    const written = (value: string) => [value, JSON.stringify(value).slice(1, -1)];
    expect([...organizations].filter((o) => !written(o).some((w) => stored.includes(w)))).toEqual([]);
    expect(stored).toContain('"identity"');
    // The 13 demo submissions went gzip-compressed, as the clients send them, and are kept so.
    expect(inflatedBodies).toBe(DISTRICTS.length);
    const places = [
      { where: "stored values", bytes: Buffer.from(stored) },
      ...files.map((f) => ({ where: f.path, bytes: f.bytes })),
      { where: "server output", bytes: Buffer.from(printed) },
    ];
    const found: string[] = [];
    for (const { where, bytes } of places) {
      for (const [kind, values] of Object.entries(secrets))
        for (const value of values)
          if (bytes.includes(value)) found.push(`${kind} ${value.slice(0, 4)}… in ${where}`);
    }
    expect(found).toEqual([]);
    // 13 revisions and a scan of every stored value and file: minutes on a busy machine.
  }, 420_000);
});
