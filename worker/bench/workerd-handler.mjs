// The submission handler's own CPU inside workerd, exact whatever the machine's load: the worker's bundle
// (wrangler's own build) runs in a workerd of its own through Miniflare, with D1 replaced by an in-isolate
// stand-in that serialises every statement as D1's client does (the part of D1 a Worker pays for) and
// answers at once. workerd runs the isolate's JavaScript on its main thread, so that thread's CPU time
// (/proc's schedstat, nanoseconds) over a series of requests, less as many health checks, is the
// handler's CPU: the figure Cloudflare's per-request CPU limit is about, without the local D1's SQLite.
import { readFileSync, rmSync } from "node:fs";
import { Miniflare } from "miniflare";
import { bundleWorker } from "../../scripts/dev-server.mjs";
import { workerdMainThreadCpuMs } from "./workerd-cpu.mjs";

/** The workerd Miniflare started for this process. */
const startedHere = ({ ppid }) => ppid === process.pid;

/**
 * The worker's entry with its DB binding replaced: the stand-in finds a district token, no lock and no
 * review, the region key given, and stores at once; each statement's SQL and parameters go through
 * JSON.stringify and TextEncoder, what D1's client does with a batch before sending it.
 */
const entry = (regionKey, district) => `
import worker from "./worker.js";
const regionKey = ${JSON.stringify({ id: regionKey.keyId, algorithm: "ECDH-P256", public_key: regionKey.publicKey, created_at: "", retired_at: null })};
const district = ${JSON.stringify(district)};
function firstRow(sql) {
  if (sql.includes("FROM region_keys")) return regionKey;
  if (sql.includes("FROM tokens")) return { id: "t-bench", role: "district", district, label: null, created_at: "", revoked_at: null };
  if (sql.includes("FROM districts d"))
    return { district, revision: null, received_at: null, status: null, reviewed_revision: null, reviewed_at: null, comment: null };
  if (sql.includes("RETURNING revision")) return { revision: 1 };
  return null;
}
function statement(sql, params = []) {
  const bound = {
    sql, params,
    bind: (...values) => statement(sql, values),
    first: async () => { send([bound]); return firstRow(sql); },
    all: async () => { send([bound]); return { results: [] }; },
    run: async () => { send([bound]); return { success: true, meta: { changes: 1 } }; },
  };
  return bound;
}
let sentBytes = 0;
function send(statements) {
  sentBytes += new TextEncoder().encode(JSON.stringify(statements.map((s) => ({ sql: s.sql, params: s.params })))).byteLength;
}
const DB = {
  prepare: (sql) => statement(sql),
  batch: async (statements) => {
    send(statements);
    return statements.map((s) => { const row = firstRow(s.sql); return { results: row === null ? [] : [row], meta: { changes: 0 } }; });
  },
};
export default {
  async fetch(request, env, ctx) {
    // The same body read and dropped: what carrying it to the worker costs, taken off the handler's figure.
    if (new URL(request.url).pathname === "/__bench/drain") {
      await request.arrayBuffer();
      return new Response("drained");
    }
    return worker.fetch(request, { ...env, DB }, ctx);
  },
};
`;

/**
 * The handler's CPU per request inside workerd for each series of `rosters` ({ name: gzip-compressed sealed
 * submissions of `district`, sent as the clients send them }), less what carrying the same body to the
 * worker costs (Miniflare's own entry worker runs on that thread too): the least and the median of `runs`
 * requests after a warm-up, and a health check's least. Null where there is no /proc.
 */
export async function workerdHandlerCpu({ rosters, district, regionKey, runs = 10 }) {
  const built = await bundleWorker();
  const mf = new Miniflare({
    modules: [
      { type: "ESModule", path: "entry.js", contents: entry(regionKey, district) },
      { type: "ESModule", path: "worker.js", contents: readFileSync(built.entry, "utf8") },
    ],
    compatibilityDate: "2026-04-01",
    bindings: {
      MAX_BODY_BYTES: "16777216",
      RATE_LIMIT_PER_MINUTE: "1000000",
      AUTH_FAILURES_PER_MINUTE: "1000000",
    },
  });
  try {
    await mf.ready;
    const health = () => mf.dispatchFetch("http://localhost/api/health").then((r) => r.arrayBuffer());
    const post = (path, bodies) => async (i) => {
      const res = await mf.dispatchFetch(`http://localhost${path}`, {
        method: "POST",
        headers: {
          Authorization: "Bearer bench",
          "Content-Type": "application/json",
          "Content-Encoding": "gzip",
          // As the pane's and the CLI's fetch send it: without it the worker reads the body in chunks.
          "Content-Length": String(bodies[i % bodies.length].byteLength),
        },
        body: bodies[i % bodies.length],
      });
      const text = await res.text();
      if (res.status !== 201 && res.status !== 200)
        throw new Error(`workerd ${path}: HTTP ${res.status} ${text.slice(0, 300)}`);
    };
    // Each request's CPU apart: on a loaded machine (a shared VM's 2 CPUs) even CPU time stretches, as
    // caches and the host are shared, so the least of a series is the figure nearest the code's own.
    const cpuOf = async (fn) => {
      const samples = [];
      for (let i = 0; i < runs; i++) {
        const before = workerdMainThreadCpuMs(startedHere);
        await fn(i);
        const after = workerdMainThreadCpuMs(startedHere);
        if (before === null || after === null) return null;
        samples.push(after - before);
      }
      samples.sort((a, b) => a - b);
      return { min: samples[0], median: samples[Math.floor(samples.length / 2)] };
    };
    for (let i = 0; i < 5; i++) await health();
    const healthCpu = await cpuOf(health);
    if (healthCpu === null) return null;
    const measured = {};
    for (const [name, bodies] of Object.entries(rosters)) {
      const submit = post("/api/submissions", bodies);
      const drain = post("/__bench/drain", bodies);
      for (let i = 0; i < 3; i++) await submit(i);
      for (let i = 0; i < 3; i++) await drain(i);
      const drainCpu = await cpuOf(drain);
      const submitCpu = await cpuOf(submit);
      if (drainCpu === null || submitCpu === null) return null;
      measured[name] = {
        perRequest: submitCpu.min - drainCpu.min,
        perRequestMedian: submitCpu.median - drainCpu.median,
        perHealth: healthCpu.min,
        perDrain: drainCpu.min,
      };
    }
    return measured;
  } finally {
    await mf.dispose();
    rmSync(built.dir, { recursive: true, force: true });
  }
}
