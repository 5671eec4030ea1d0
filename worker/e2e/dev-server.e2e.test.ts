import { execFileSync, spawn } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { Agent, request } from "node:https";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { readRoster, sealSubmission, toSubmissionRows, toWire } from "@sapa/shared";
import { generateRoster } from "@sapa/shared/sample";
import { afterAll, describe, expect, it } from "vitest";
import { freePort, startDevServer, type DevServer } from "../../scripts/dev-server.mjs";

const root = new URL("../../", import.meta.url).pathname;

const persistDir = mkdtempSync(join(tmpdir(), "sapa-e2e-"));
afterAll(() => rmSync(persistDir, { recursive: true, force: true }));

function fetchText(server: DevServer, method: string, path: string, token?: string, body?: string) {
  const agent = new Agent({ ca: readFileSync(server.caPath) });
  return new Promise<{ status: number; type: string; text: string }>((resolve, reject) => {
    const headers: Record<string, string> = {};
    if (token) headers.Authorization = `Bearer ${token}`;
    if (body) headers["Content-Type"] = "application/json";
    // The certificate must verify for "localhost", the name manifest.xml uses.
    const req = request(`${server.url}${path}`, { method, headers, agent }, (res) => {
      let text = "";
      res.setEncoding("utf8");
      res.on("data", (c) => (text += c));
      res.on("end", () =>
        resolve({ status: res.statusCode ?? 0, type: String(res.headers["content-type"]), text }),
      );
    });
    req.on("error", reject);
    req.end(body);
  });
}

/** Processes of a process group that are still running (zombies whose parent is gone do not count). */
function livingInGroup(pgid: number): string[] {
  try {
    return execFileSync("ps", ["-o", "stat=,pid=,comm=", "-g", String(pgid)], { encoding: "utf8" })
      .split("\n")
      .map((l) => l.trim())
      .filter((l) => l !== "" && !l.startsWith("Z"));
  } catch {
    return []; // ps exits 1 when the group is empty
  }
}

async function freePortIs(port: number): Promise<boolean> {
  const { createServer } = await import("node:net");
  return new Promise((resolve) => {
    const s = createServer();
    s.once("error", () => resolve(false));
    s.listen(port, "127.0.0.1", () => s.close(() => resolve(true)));
  });
}

describe("startDevServer", () => {
  it("serves the API and the task pane over trusted HTTPS, keeps data across restarts, and stops cleanly", async () => {
    const port = await freePort();
    const server: DevServer = await startDevServer({ port, persistDir, quiet: true });
    let stopped = false;
    try {
      expect(server.url).toBe(`https://localhost:${port}`);
      expect(server.tokens.districts.temir).toBe("dev-temir");

      const health = await fetchText(server, "GET", "/api/health");
      expect(health.status).toBe(200);
      const pane = await fetchText(server, "GET", "/taskpane.html");
      expect(pane.status).toBe(200);
      expect(pane.type).toContain("text/html");
      expect(JSON.parse((await fetchText(server, "GET", "/api/districts")).text).districts).toHaveLength(13);

      const grid = generateRoster({ seed: 3, rows: 120, district: "temir", lang: "ru", asOf: "2025-12-01" });
      const read = readRoster(grid, { asOf: "2025-12-01" });
      // Sealed to the development region key that the dev seed published.
      const current = JSON.parse(
        (await fetchText(server, "GET", "/api/keys/current", server.tokens.districts.temir)).text,
      );
      expect(current.keyId).toBe(server.regionKey.keyId);
      const clear = {
        district: "temir" as const,
        year: "2025-2026",
        asOf: "2025-12-01",
        columns: read.present,
        rows: await toSubmissionRows(read.teachers),
      };
      const body = JSON.stringify(toWire(await sealSubmission(clear, current)));
      const posted = await fetchText(server, "POST", "/api/submissions", server.tokens.districts.temir, body);
      expect(posted.status).toBe(201);
      const report = JSON.parse(
        (await fetchText(server, "GET", "/api/report?year=2025-2026", server.tokens.region)).text,
      );
      expect(report.region.teachers).toBe(120);
      expect(report.completeness.missing).not.toContain("temir");

      await server.stop();
      stopped = true;
      expect(livingInGroup(server.pid)).toEqual([]); // wrangler, workerd and esbuild are all gone
    } finally {
      if (!stopped) await server.stop();
    }

    await expect(freePortIs(port)).resolves.toBe(true);

    // Same data directory: the migrations and seed are not redone, and the data is still there.
    const again: DevServer = await startDevServer({ port, persistDir, quiet: true });
    try {
      const history = JSON.parse(
        (await fetchText(again, "GET", "/api/submissions?district=temir", again.tokens.districts.temir)).text,
      );
      expect(history.submissions.map((s: { revision: number }) => s.revision)).toEqual([1]);
    } finally {
      await again.stop();
    }
  });

  it("`npm start` says where the API, the pane and the web app are, serves each, and stops on Ctrl-C", async () => {
    const port = await freePort();
    const dataDir = mkdtempSync(join(tmpdir(), "sapa-start-"));
    // npm start as the README gives it, in a process group of its own; its data in a folder of its own.
    const child = spawn("npm", ["start", "--silent"], {
      cwd: root,
      env: { ...process.env, PORT: String(port), SAPA_DATA_DIR: dataDir },
      stdio: ["ignore", "pipe", "pipe"],
      detached: true,
    });
    let out = "";
    child.stdout.on("data", (c: Buffer) => (out += c.toString()));
    child.stderr.on("data", (c: Buffer) => (out += c.toString()));
    const exited = new Promise<string>((resolve) =>
      child.once("exit", (code, signal) => resolve(signal ?? `exit ${code}`)),
    );
    try {
      await expect
        .poll(() => (child.exitCode === null ? out : `exited ${child.exitCode}: ${out}`), {
          timeout: 240_000,
          interval: 500,
        })
        .toContain("Press Ctrl-C to stop.");
      const url = `https://localhost:${port}`;
      expect(out).toContain(`Sapa is running at ${url}`);
      const server = { url, caPath: join(root, ".certs/dev-ca.pem") } as DevServer;
      // Each address the banner gives answers.
      const addresses = {
        "API:": "/api/health",
        "Task pane:": "/taskpane.html",
        "Web app:": "/app/",
      };
      for (const [label, path] of Object.entries(addresses)) {
        expect(out, label).toMatch(new RegExp(`${label}\\s+${url}${path.replace(/\./g, "\\.")}\\s`));
        const answer = await fetchText(server, "GET", path);
        expect([path, answer.status]).toEqual([path, 200]);
      }
      expect((await fetchText(server, "GET", "/app/")).text).toContain('<div id="root">');
      // The users' guides, built with the pane and linked from its Settings and from the support page the
      // manifest names (SupportUrl).
      const support = (await fetchText(server, "GET", "/support.html")).text;
      for (const lang of ["kk", "ru", "en"]) {
        expect(support, lang).toContain(`href="/guide-${lang}.html"`);
        const guide = await fetchText(server, "GET", `/guide-${lang}.html`);
        expect([guide.status, guide.type], lang).toEqual([200, expect.stringContaining("text/html")]);
        expect(guide.text, lang).toContain(`<html lang="${lang}">`);
      }
      // The printed development token works, and the data went where SAPA_DATA_DIR says.
      expect(out).toMatch(/\n\s+temir\s+dev-temir\n/);
      const districts = JSON.parse((await fetchText(server, "GET", "/api/districts")).text).districts;
      expect(districts).toHaveLength(13);
      expect(execFileSync("find", [dataDir, "-name", "*.sqlite"], { encoding: "utf8" })).toMatch(/\.sqlite/);

      // Ctrl-C (SIGINT to the group, as a terminal sends it): npm ends by the signal, the script stops the
      // server it started (wrangler, workerd, esbuild's watch), and the port is free again.
      process.kill(-child.pid!, "SIGINT");
      expect(["SIGINT", "exit 0"]).toContain(await exited);
      await expect.poll(() => out).toContain("Stopping…");
      await expect.poll(() => livingInGroup(child.pid!), { timeout: 30_000 }).toEqual([]);
      await expect(freePortIs(port)).resolves.toBe(true);
    } finally {
      try {
        if (child.exitCode === null) process.kill(-child.pid!, "SIGKILL");
      } catch {
        // Already gone.
      }
      rmSync(dataDir, { recursive: true, force: true });
    }
  }, 300_000);

  it("refuses a port that is already taken with a clear message", async () => {
    const port = await freePort();
    const { createServer } = await import("node:net");
    const blocker = createServer().listen(port, "127.0.0.1");
    await new Promise((r) => blocker.once("listening", r));
    try {
      await expect(startDevServer({ port, persistDir, quiet: true })).rejects.toThrow(/already in use/);
    } finally {
      blocker.close();
    }
  });
});
