import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { generateRegionKeyPair } from "@sapa/shared";
import { generateRoster } from "@sapa/shared/sample";
import { writeRosterWorkbook } from "../xlsx-roster-write.ts";
import { sapaInProcess } from "../../test/in-process.ts";

let dir: string;
let server: Server;
let url: string;
const requests: string[] = [];

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "sapa-submit-key-"));
  await writeRosterWorkbook(
    join(dir, "alga.xlsx"),
    "Тізім",
    generateRoster({
      seed: 3,
      rows: 12,
      district: "alga",
      lang: "kk",
      year: "2025-2026",
      asOf: "2026-05-31",
    }),
  );
  // A server that has no region key published (any other call would be a failure of the server).
  server = createServer((req, res) => {
    requests.push(`${req.method} ${req.url}`);
    req.resume();
    const missing = req.url === "/api/keys/current";
    res.writeHead(missing ? 404 : 500, { "Content-Type": "application/json" });
    res.end(
      JSON.stringify({
        error: missing
          ? { code: "region-key-missing", message: "The region has not published its key yet." }
          : { code: "internal", message: "Unexpected." },
      }),
    );
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  // This district sealed to a key on this server before.
  const known = await generateRegionKeyPair();
  await mkdir(join(dir, "config"));
  await writeFile(
    join(dir, "config", "known-region-keys.json"),
    JSON.stringify({
      [`${url} alga`]: { keyId: known.keyId, publicKey: known.publicKey, since: "2026-01-01" },
    }),
  );
});

afterAll(async () => {
  await new Promise((resolve) => server.close(resolve));
  await rm(dir, { recursive: true, force: true });
});

describe("sapa submit to a server that says no region key is published", () => {
  it("believes it: nothing is sealed to the key trusted before, nothing is sent (exit 1)", async () => {
    const result = await sapaInProcess(
      [
        "submit",
        "alga.xlsx",
        "--district",
        "alga",
        "--year",
        "2025-2026",
        "--as-of",
        "2026-05-31",
        "--lang",
        "en",
      ],
      { env: { SAPA_SERVER: url, SAPA_TOKEN: "dev-alga", SAPA_CONFIG_DIR: join(dir, "config") }, cwd: dir },
    );
    expect(requests).toEqual(["GET /api/keys/current"]);
    expect(result.code).toBe(1);
    expect(result.err).toContain("The region has not published its key yet.");
  });
});
