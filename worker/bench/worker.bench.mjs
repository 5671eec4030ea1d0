// `npm run bench:worker`: a real `wrangler dev` on loopback (spare port, throw-away D1), then
//   p50/p95 of submitting a 5,000-row roster (N=20) and of the 13-district report (N=50),
//   each beside the p50 of GET /api/health in the same run (the runtime's floor).
// Run with tsx's loader (the shared core is TypeScript): node --import tsx bench/worker.bench.mjs
import { Buffer } from "node:buffer";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { Agent, request } from "node:https";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { performance } from "node:perf_hooks";
import { DISTRICT_IDS, generateRoster, readRoster, toSubmissionRows } from "@sapa/shared";
import { freePort, startDevServer } from "../../scripts/dev-server.mjs";

const ROWS = 5_000;
const SUBMIT_RUNS = 20;
const REPORT_RUNS = 50;
const HEALTH_RUNS = 50;
const AS_OF = "2026-05-31";
const YEAR = "2025-2026";

function percentile(samples, p) {
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

/** One HTTPS request over a keep-alive agent trusting the development CA; resolves with status and ms. */
function timed(agent, port, method, path, { token, body } = {}) {
  return new Promise((resolve, reject) => {
    const headers = { "Accept-Language": "en" };
    if (token) headers.Authorization = `Bearer ${token}`;
    if (body !== undefined) {
      headers["Content-Type"] = "application/json";
      headers["Content-Length"] = Buffer.byteLength(body);
    }
    const started = performance.now();
    const req = request(
      { host: "127.0.0.1", servername: "localhost", port, method, path, headers, agent },
      (res) => {
        const chunks = [];
        res.on("data", (c) => chunks.push(c));
        res.on("end", () =>
          resolve({
            status: res.statusCode,
            ms: performance.now() - started,
            text: Buffer.concat(chunks).toString(),
          }),
        );
      },
    );
    req.setTimeout(60_000, () => req.destroy(new Error(`${method} ${path} timed out`)));
    req.on("error", reject);
    req.end(body);
  });
}

async function series(runs, fn) {
  const samples = [];
  for (let i = 0; i < runs; i++) {
    const r = await fn(i);
    samples.push(r.ms);
  }
  return samples;
}

async function rosterBody(district, seed) {
  const grid = generateRoster({
    seed,
    rows: ROWS,
    district,
    lang: seed % 2 === 0 ? "kk" : "ru",
    year: YEAR,
    asOf: AS_OF,
  });
  const read = readRoster(grid, { asOf: AS_OF });
  const errors = read.problems.filter((p) => p.severity === "error");
  if (errors.length > 0)
    throw new Error(`sample roster for ${district} has ${errors.length} errors: ${errors[0].code}`);
  const rows = await toSubmissionRows(read.teachers);
  return JSON.stringify({
    district,
    year: YEAR,
    asOf: AS_OF,
    columns: read.present,
    rows,
    source: { app: "cli", version: "bench" },
  });
}

const persistDir = mkdtempSync(join(tmpdir(), "sapa-bench-"));
const port = await freePort();
console.log(
  `bench:worker: preparing ${DISTRICT_IDS.length} rosters of ${ROWS} rows, starting wrangler dev on 127.0.0.1:${port}…`,
);
const bodies = [];
for (const [i, district] of DISTRICT_IDS.entries())
  bodies.push({ district, body: await rosterBody(district, 1000 + i) });
const server = await startDevServer({ port, persistDir, quiet: true });
const agent = new Agent({ keepAlive: true, maxSockets: 1, ca: readFileSync(server.caPath) });
try {
  const check = (r, want, what) => {
    if (r.status !== want) throw new Error(`${what}: HTTP ${r.status} ${r.text.slice(0, 300)}`);
    return r;
  };
  // Warm-up: the first requests compile the worker and open the database.
  for (let i = 0; i < 5; i++) check(await timed(agent, port, "GET", "/api/health"), 200, "health");

  const health = await series(HEALTH_RUNS, async () =>
    check(await timed(agent, port, "GET", "/api/health"), 200, "health"),
  );
  const submit = await series(SUBMIT_RUNS, async (i) => {
    const { district, body } = bodies[i % bodies.length];
    return check(
      await timed(agent, port, "POST", "/api/submissions", {
        token: server.tokens.districts[district],
        body,
      }),
      201,
      `submit ${district}`,
    );
  });
  // Every unit has submitted by now (20 ≥ 13), so the report merges 13 districts.
  const report = await series(REPORT_RUNS, async () => {
    const r = check(
      await timed(agent, port, "GET", `/api/report?year=${YEAR}`, { token: server.tokens.region }),
      200,
      "report",
    );
    const parsed = JSON.parse(r.text);
    if (parsed.districts.length !== DISTRICT_IDS.length)
      throw new Error(`report has ${parsed.districts.length} districts`);
    return r;
  });
  const healthP50 = percentile(health, 50);
  const line = (name, samples) => {
    const p50 = percentile(samples, 50);
    console.log(
      `${name} p50_ms=${p50.toFixed(1)} p95_ms=${percentile(samples, 95).toFixed(1)} ratio_to_health=${(p50 / healthP50).toFixed(1)}`,
    );
  };
  line("health", health);
  line(`submit_${ROWS}_rows`, submit);
  line(`report_${DISTRICT_IDS.length}_districts`, report);
} finally {
  agent.destroy();
  await server.stop();
  rmSync(persistDir, { recursive: true, force: true });
}
