// The worker's own CPU time inside workerd, read through the DevTools inspector that wrangler dev opens
// for the worker isolate (scripts/dev-server.mjs passes --inspector-port). Cloudflare's CPU limit counts
// the isolate's execution, not waiting for D1 (a separate isolate locally); a sampling profile of the
// isolate is that execution, sample by sample, so its non-idle time over a series of requests is their CPU.
import { existsSync, readFileSync, readdirSync } from "node:fs";

// Node 22 has a global WebSocket; Node 20 has it behind a flag, so wrangler's own `ws` stands in.
const WebSocketClass = globalThis.WebSocket ?? (await import("ws")).default;

/** Opens the inspector of the worker's isolate (the first target wrangler lists). */
export async function openWorkerInspector(inspectorPort) {
  const targets = await (await globalThis.fetch(`http://127.0.0.1:${inspectorPort}/json/list`)).json();
  const target = targets.find((t) => typeof t.webSocketDebuggerUrl === "string");
  if (!target) throw new Error(`no inspector target on port ${inspectorPort}`);
  const socket = new WebSocketClass(target.webSocketDebuggerUrl);
  await new Promise((resolve, reject) => {
    socket.addEventListener("open", resolve, { once: true });
    socket.addEventListener("error", reject, { once: true });
  });
  let nextId = 1;
  const pending = new Map();
  socket.addEventListener("message", (event) => {
    const message = JSON.parse(String(event.data));
    const waiting = message.id !== undefined ? pending.get(message.id) : undefined;
    if (!waiting) return;
    pending.delete(message.id);
    if (message.error) waiting.reject(new Error(`${message.error.message} (${waiting.method})`));
    else waiting.resolve(message.result);
  });
  const send = (method, params = {}) =>
    new Promise((resolve, reject) => {
      const id = nextId++;
      pending.set(id, { resolve, reject, method });
      socket.send(JSON.stringify({ id, method, params }));
    });
  await send("Profiler.enable");
  // 100 µs between samples: a 5,000-row submission spans hundreds of them.
  await send("Profiler.setSamplingInterval", { interval: 100 });
  return {
    /**
     * Runs `fn` under the sampling profiler; resolves with its result, the isolate's busy milliseconds
     * (every sample but idle) and the profile itself.
     */
    async profile(fn) {
      await send("Profiler.start");
      const outcome = await fn().then(
        (result) => ({ result }),
        (error) => ({ error }),
      );
      const { profile } = await send("Profiler.stop");
      if ("error" in outcome) throw outcome.error;
      return { result: outcome.result, busyMs: busyMilliseconds(profile), profile };
    },
    close: () => socket.close(),
  };
}

/** The profile's time in every node but "(idle)" (JS, GC, the runtime's own work on the isolate's thread). */
export function busyMilliseconds(profile) {
  const idle = new Set(profile.nodes.filter((n) => n.callFrame.functionName === "(idle)").map((n) => n.id));
  let busy = 0;
  for (let i = 0; i < profile.samples.length; i++) {
    if (!idle.has(profile.samples[i])) busy += profile.timeDeltas[i] ?? 0;
  }
  return busy / 1000;
}

/**
 * CPU milliseconds the OS has charged to the main thread of the first workerd process that `matches`
 * ({ pgrp, ppid, cmdline }), read from /proc's schedstat in nanoseconds; null where there is none (or no
 * /proc). workerd runs its isolates' JavaScript on that thread. Unlike the profiler's clock, this counts only
 * time on a CPU, so the time a loaded machine keeps the thread waiting is not in it.
 */
export function workerdMainThreadCpuMs(matches) {
  if (!existsSync("/proc")) return null;
  for (const entry of readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, "utf8");
      const close = stat.lastIndexOf(")");
      if (stat.slice(stat.indexOf("(") + 1, close) !== "workerd") continue;
      // After the command: state, ppid, pgrp.
      const [, ppid, pgrp] = stat
        .slice(close + 2)
        .split(" ")
        .map(Number);
      const cmdline = () => readFileSync(`/proc/${entry}/cmdline`, "utf8");
      if (!matches({ pgrp, ppid, cmdline })) continue;
      return Number(readFileSync(`/proc/${entry}/task/${entry}/schedstat`, "utf8").split(" ")[0]) / 1e6;
    } catch {
      continue; // gone meanwhile
    }
  }
  return null;
}

/**
 * The CPU of wrangler dev's worker thread: the main thread of the workerd wrangler started with an inspector
 * (the other workerd is wrangler's proxy, which holds the TLS). It holds everything that thread does: the
 * worker, HTTP, and the local D1 (its isolate and SQLite run there too; on Cloudflare D1 runs elsewhere and
 * is not counted), so it bounds the worker's CPU from above.
 */
export function workerThreadCpuMs(groupId) {
  return workerdMainThreadCpuMs(
    ({ pgrp, cmdline }) => pgrp === groupId && cmdline().includes("--inspector-addr"),
  );
}

/**
 * CPU seconds the OS has charged to the workerd processes of a process group (wrangler dev's, whose
 * process-group id is wrangler's PID), or null where there is no /proc. This is real CPU whatever the
 * machine's load, but it holds everything workerd does: TLS, HTTP, the local D1's SQLite besides the worker.
 */
export function workerdProcessCpuMs(groupId) {
  if (!existsSync("/proc")) return null;
  let ticks = 0;
  let found = false;
  for (const entry of readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    let stat;
    try {
      stat = readFileSync(`/proc/${entry}/stat`, "utf8");
    } catch {
      continue; // gone meanwhile
    }
    // pid (comm) state ppid pgrp … utime(14) stime(15): split after the command's closing parenthesis.
    const close = stat.lastIndexOf(")");
    const comm = stat.slice(stat.indexOf("(") + 1, close);
    const fields = stat.slice(close + 2).split(" ");
    if (comm !== "workerd" || Number(fields[2]) !== groupId) continue;
    found = true;
    ticks += Number(fields[11]) + Number(fields[12]);
  }
  // USER_HZ is 100 on every Linux this runs on.
  return found ? ticks * 10 : null;
}

/**
 * Each function's share of the profile's busy samples (self time, idle left out), largest first: where the
 * isolate's time goes. Shares of samples, not sums of the clock between them, so a thread kept waiting by a
 * loaded machine does not lend its wait to whatever ran next.
 */
export function profileShares(profile) {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const counts = new Map();
  let busy = 0;
  for (const id of profile.samples) {
    const { callFrame } = byId.get(id);
    if (callFrame.functionName === "(idle)") continue;
    busy++;
    const file = callFrame.url.split("/").pop();
    const name = `${callFrame.functionName || "(anonymous)"}${file ? `@${file}:${callFrame.lineNumber + 1}` : ""}`;
    counts.set(name, (counts.get(name) ?? 0) + 1);
  }
  return [...counts].map(([name, n]) => ({ name, share: n / busy })).sort((a, b) => b.share - a.share);
}
