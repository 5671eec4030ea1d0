/**
 * `sapa submit` when the connection breaks: against the real worker (real local D1) behind a loopback proxy
 * that loses the answer, refuses connections or passes everything through, as a bad line would.
 */
import { spawn } from "node:child_process";
import { createServer, request, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { existsSync } from "node:fs";
import { mkdtemp, readdir, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { generateRoster } from "@sapa/shared/sample";
import { writeRosterWorkbook } from "../src/xlsx-roster-write.ts";
import { sapaInProcess } from "./in-process.ts";
import { SAPA_BIN, STACK_TRACE } from "./run-cli.ts";
import { serveWorkerApp, type ServedWorker } from "./worker-http.ts";

const YEAR = "2025-2026";
const AS_OF = "2026-05-31";

/** What the proxy does with a roster's POST: forward it and drop the answer, hold the answer, or pass it. */
let mode: "lose-answer" | "hold-answer" | "pass" = "pass";
/** Called when the proxy has forwarded a roster's POST and has the server's answer. */
let onRecorded: () => void = () => {};
let worker: ServedWorker;
let proxy: Server;
let proxyUrl: string;
let dir: string;
let roster: string;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "sapa-submit-net-"));
  roster = join(dir, "alga.xlsx");
  await writeRosterWorkbook(
    roster,
    "Тізім",
    generateRoster({ seed: 3, rows: 20, district: "alga", lang: "kk", year: YEAR, asOf: AS_OF }),
  );
  worker = await serveWorkerApp();
  const target = new URL(worker.server);
  proxy = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (c: Buffer) => chunks.push(c));
    req.on("end", () => {
      const forward = request(
        { host: target.hostname, port: target.port, path: req.url, method: req.method, headers: req.headers },
        (answer) => {
          const body: Buffer[] = [];
          answer.on("data", (c: Buffer) => body.push(c));
          answer.on("end", () => {
            if (req.method === "POST") onRecorded();
            // The server recorded the roster; its answer never reaches the district.
            if (mode === "lose-answer" && req.method === "POST") return void req.socket.destroy();
            if (mode === "hold-answer" && req.method === "POST") return;
            res.writeHead(answer.statusCode ?? 502, answer.headers);
            res.end(Buffer.concat(body));
          });
        },
      );
      forward.end(Buffer.concat(chunks));
    });
  });
  await new Promise<void>((resolve) => proxy.listen(0, "127.0.0.1", resolve));
  proxyUrl = `http://127.0.0.1:${(proxy.address() as AddressInfo).port}`;
});

afterAll(async () => {
  await new Promise((resolve) => proxy?.close(resolve));
  await worker?.stop();
  await rm(dir, { recursive: true, force: true });
});

const env = (server: string, config = "config") => ({
  SAPA_SERVER: server,
  SAPA_TOKEN: "dev-alga",
  SAPA_CONFIG_DIR: join(dir, config),
});
const submit = (server: string, lang: string, config?: string) =>
  sapaInProcess(["submit", roster, "--district", "alga", "--year", YEAR, "--as-of", AS_OF, "--lang", lang], {
    env: env(server, config),
  });
const revisions = async () => (await worker.client("dev-region").submissions("alga", YEAR)).submissions;

describe("sapa submit when the answer is lost", () => {
  it("says the arrival is unknown, keeps the submission, and sends it again once with the same key", async () => {
    mode = "lose-answer";
    const lost = await submit(proxyUrl, "ru");
    expect(lost.code).toBe(2);
    expect(lost.err).not.toMatch(STACK_TRACE);
    expect(lost.err).toContain("неизвестно, записал ли его сервер");
    expect(lost.err).toContain("Ничего не потеряно");
    // The server did record it: one revision.
    expect(await revisions()).toHaveLength(1);
    const pendingDir = join(dir, "config", "pending-submissions");
    expect(await readdir(pendingDir)).toHaveLength(1);

    mode = "pass";
    const again = await submit(proxyUrl, "en");
    expect(again.err).toBe("");
    expect(again.code).toBe(0);
    expect(again.out).toContain("that very submission is being sent again with the same Idempotency-Key");
    // The first receipt, not a second revision.
    expect(again.out).toMatch(/Revision: 1\b/);
    expect(await revisions()).toHaveLength(1);
    expect(await readdir(pendingDir)).toHaveLength(0);

    // A new run of the same roster, answered: a new revision, as any resubmission.
    const next = await submit(proxyUrl, "en");
    expect(next.code).toBe(0);
    expect(next.out).not.toContain("sent again");
    expect(await revisions()).toHaveLength(2);
  });

  it("keeps the submission before it leaves: a run stopped while sending leaves it for the next, sent once", async () => {
    const config = "stopped-config";
    const before = (await revisions()).length;
    mode = "hold-answer";
    const recorded = new Promise<void>((resolve) => (onRecorded = resolve));
    const child = spawn(
      process.execPath,
      [SAPA_BIN, "submit", roster, "--district", "alga", "--year", YEAR, "--as-of", AS_OF, "--lang", "en"],
      { env: { ...process.env, ...env(proxyUrl, config) }, stdio: "ignore" },
    );
    const exited = new Promise((resolve) => child.on("exit", resolve));
    await recorded;
    // Ctrl+C while the answer is on its way.
    child.kill("SIGINT");
    await exited;
    onRecorded = () => {};
    expect(await revisions()).toHaveLength(before + 1);
    expect(await readdir(join(dir, config, "pending-submissions"))).toHaveLength(1);

    mode = "pass";
    const again = await submit(proxyUrl, "en", config);
    expect(again.code).toBe(0);
    expect(again.out).toContain("that very submission is being sent again with the same Idempotency-Key");
    expect(await revisions()).toHaveLength(before + 1);
    expect(await readdir(join(dir, config, "pending-submissions"))).toHaveLength(0);
  });

  it("keeps nothing the server refused (a wrong access key): the next run is a new submission", async () => {
    mode = "pass";
    const refused = await sapaInProcess(
      ["submit", roster, "--district", "alga", "--year", YEAR, "--as-of", AS_OF, "--lang", "en"],
      { env: { ...env(proxyUrl), SAPA_TOKEN: "not-a-token" } },
    );
    expect(refused.code).toBe(1);
    expect(refused.err).toContain("(401)");
    expect(await readdir(join(dir, "config", "pending-submissions"))).toHaveLength(0);
  });

  it("says nothing was sent when no connection could be made, and keeps nothing", async () => {
    const closed = createServer();
    await new Promise<void>((resolve) => closed.listen(0, "127.0.0.1", resolve));
    const port = (closed.address() as AddressInfo).port;
    await new Promise((resolve) => closed.close(resolve));
    const result = await submit(`http://127.0.0.1:${port}`, "kk", "fresh-config");
    expect(result.code).toBe(2);
    expect(result.err).toContain("ECONNREFUSED");
    expect(result.err).toContain("Тізім жіберілмеді");
    expect(result.err).not.toMatch(STACK_TRACE);
    expect(existsSync(join(dir, "fresh-config", "pending-submissions"))).toBe(false);
  });

  it("with the server gone after a key was trusted: sealed offline, no connection made, nothing kept", async () => {
    await new Promise((resolve) => proxy.close(resolve));
    const offline = await submit(proxyUrl, "en");
    expect(offline.code).toBe(2);
    expect(offline.err).toContain("no server answers at this address and port; ECONNREFUSED");
    expect(offline.err).toContain("The roster was not sent: nothing reached the server.");
    expect(offline.err).not.toContain("not known whether");
    expect(await readdir(join(dir, "config", "pending-submissions"))).toHaveLength(0);
  });
});
