import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { Agent, request } from "node:https";
import type { Socket } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { freePort, startDevServer, type DevServer } from "../../scripts/dev-server.mjs";
import { PANE_CSP } from "../src/security-headers.ts";

// The real `wrangler dev` over HTTPS (issue 10, items 13-14): whether the connection still answers after a
// refused streamed body, and the headers the pane gets. (The refusal by a declared Content-Length is tested
// inside workerd, test/body-limit.test.ts: over wrangler dev a request whose body stalls after the refusal
// races its proxy, which then answers 503 or nothing, whatever the worker did.)

const MiB = 1024 * 1024;
const LIMIT = Number(
  /"MAX_BODY_BYTES":\s*"(\d+)"/.exec(readFileSync(new URL("../wrangler.jsonc", import.meta.url), "utf8"))![1],
);
const persistDir = mkdtempSync(join(tmpdir(), "sapa-e2e-body-"));
let server: DevServer;

beforeAll(async () => {
  server = await startDevServer({ port: await freePort(), persistDir, quiet: true });
});
afterAll(async () => {
  await server?.stop();
  rmSync(persistDir, { recursive: true, force: true });
});

interface Answer {
  status: number;
  ms: number;
  socket: Socket;
  text: string;
}

/**
 * One request on `agent`; `body` writes the body (given a way to wait for the socket to drain). Resolves
 * with the answer, or rejects after `timeoutMs` without one.
 */
function exchange(
  agent: Agent,
  method: string,
  path: string,
  headers: Record<string, string>,
  body: (req: ReturnType<typeof request>) => Promise<void> | void,
  timeoutMs = 10_000,
): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const started = Date.now();
    let socket: Socket | undefined;
    const req = request(`${server.url}${path}`, { method, agent, headers }, (res) => {
      let text = "";
      res.setEncoding("utf8");
      res.on("data", (c) => (text += c));
      res.on("end", () =>
        resolve({ status: res.statusCode ?? 0, ms: Date.now() - started, socket: socket!, text }),
      );
    });
    req.on("socket", (s) => (socket = s as Socket));
    req.setTimeout(timeoutMs, () => req.destroy(new Error(`no answer within ${timeoutMs} ms`)));
    req.on("error", reject);
    void Promise.resolve(body(req)).catch(() => {});
  });
}

/**
 * `exchange`, once more if wrangler dev answered that it reloaded the worker during the request (its
 * ProxyWorker's 503 for a POST; a reload right after start happens when another server starts beside it).
 */
async function exchangeOverReload(...args: Parameters<typeof exchange>): Promise<Answer> {
  const first = await exchange(...args);
  if (first.status !== 503 || !/restarted mid-request/.test(first.text)) return first;
  return exchange(...args);
}

/** Writes `bytes` of spaces in 1 MiB chunks, waiting for the socket like a real uploader. */
async function upload(req: ReturnType<typeof request>, bytes: number) {
  const chunk = Buffer.alloc(MiB, 0x20);
  for (let sent = 0; sent < bytes && !req.destroyed; sent += MiB)
    if (!req.write(chunk)) await new Promise((r) => req.once("drain", r));
  if (!req.destroyed) req.end();
}

describe("wrangler dev and bodies over the limit", () => {
  it("answers the next request on the same connection after refusing a streamed body over the limit", async () => {
    const agent = new Agent({ ca: readFileSync(server.caPath), keepAlive: true, maxSockets: 1 });
    const refused = await exchangeOverReload(
      agent,
      "POST",
      "/api/submissions",
      { Authorization: `Bearer ${server.tokens.districts.alga}`, "Content-Type": "application/json" },
      (req) => upload(req, LIMIT + MiB), // chunked: no Content-Length
      60_000,
    );
    expect(refused.status).toBe(413);
    // Before the worker read refused bodies to their end, this request on the same socket never got an answer.
    const next = await exchange(agent, "GET", "/api/health", {}, (req) => void req.end());
    expect(next.status).toBe(200);
    expect(next.socket).toBe(refused.socket);
    expect(next.ms).toBeLessThan(5_000);
    agent.destroy();
  });
});

describe("wrangler dev and the task pane's headers", () => {
  it("serves the pane's HTML through the worker with its CSP, and its scripts as plain assets", async () => {
    const agent = new Agent({ ca: readFileSync(server.caPath) });
    const headersOf = (path: string) =>
      new Promise<Record<string, string | string[] | undefined>>((resolve, reject) => {
        request(`${server.url}${path}`, { agent }, (res) => {
          res.resume();
          res.on("end", () => resolve({ status: String(res.statusCode), ...res.headers }));
        })
          .on("error", reject)
          .end();
      });
    const pane = await headersOf("/taskpane.html");
    expect(pane.status).toBe("200");
    expect(pane["content-security-policy"]).toBe(PANE_CSP);
    expect(pane["x-content-type-options"]).toBe("nosniff");
    const api = await headersOf("/api/health");
    expect(api["cache-control"]).toBe("no-store");
    expect(api["x-frame-options"]).toBe("DENY");
    const icon = await headersOf("/assets/icon-32.png");
    expect(icon.status).toBe("200");
    expect(icon["content-security-policy"]).toBeUndefined();
    agent.destroy();
  });
});
