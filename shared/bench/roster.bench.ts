/**
 * `npm run bench -w @sapa/shared`: synthetic district rosters of 1,000, 10,000 and 100,000 rows through the
 * whole core (readRoster: detect headers, normalise, validate, and count the figures),
 * one line per size with issue 21's aims (baseline_ratio ≤ 30, peak ≤ 200 MB) met or not:
 *
 *   rows=N ms=… cpu_ms=… rows_per_s=… peak_mb=… baseline_ratio=… aims: …
 *
 * ms (wall) and cpu_ms (this process's user + system time) are medians of several runs after a warm-up.
 * baseline_ratio divides cpu_ms by the CPU time of a bare pass that touches every cell once in the same
 * run (the floor any reader of the grid pays); CPU time, because on a machine busy with other work the
 * wall time of a long run grows with every moment the process waits for a core, and a short bare pass
 * rarely waits (wall_ratio, with --detail, shows the same on wall time).
 * peak_mb is the resident set size of the whole process once a roster is read: the grid, its rows, the
 * problems and the figures held together, as by a command that checks a roster once. The package script
 * runs this file bundled on plain Node (no TypeScript loader's own memory), each size in a process of its
 * own, with --expose-gc so the generator's garbage is collected before measuring.
 */
import { readRoster } from "../src/roster/roster.ts";
import { generateRoster } from "../sample/roster.ts";
import type { GridInput } from "../src/types.ts";

// shared/ compiles without Node's types (it must run in workerd and the browser too): declare what the bench uses.
declare const process: {
  memoryUsage(): { rss: number; heapUsed: number };
  cpuUsage(): { user: number; system: number };
  argv: string[];
};
declare const performance: { now(): number };
declare const console: { log(...args: unknown[]): void };
declare const gc: (() => void) | undefined;

// `--rows N` measures one size (the package script runs each size in a process of its own, so one size's
// heap does not count in the next one's peak).
const rowsArg = process.argv.indexOf("--rows");
const SIZES = rowsArg > 0 ? [Number(process.argv[rowsArg + 1])] : [1_000, 10_000, 100_000];
const ASOF = "2026-05-31";
const detail = process.argv.includes("--detail");
/** Issue 21's aims for the core. */
const AIM_BASELINE_RATIO = 30;
const AIM_PEAK_MB = 200;

function median(xs: number[]): number {
  const sorted = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/** Wall and CPU milliseconds of one call. */
function timed<T>(fn: () => T): { wall: number; cpu: number; value: T } {
  const c0 = process.cpuUsage();
  const t0 = performance.now();
  const value = fn();
  const wall = performance.now() - t0;
  const c1 = process.cpuUsage();
  return { wall, cpu: (c1.user - c0.user + c1.system - c0.system) / 1000, value };
}

/** The floor: look at every cell once, as any reader must. */
function barePass(grid: GridInput): number {
  let seen = 0;
  for (const row of grid.values) {
    for (const cell of row) {
      if (typeof cell === "string") seen += cell.length;
      else if (cell !== null) seen++;
    }
  }
  return seen;
}

/** The bare pass repeated until it lasts long enough to time (a 1,000-row pass takes a tenth of a millisecond). */
function timedBarePass(grid: GridInput, repeat: number): { wall: number; cpu: number; value: number } {
  const t = timed(() => {
    let seen = 0;
    for (let i = 0; i < repeat; i++) seen += barePass(grid);
    return seen;
  });
  return { wall: t.wall / repeat, cpu: t.cpu / repeat, value: t.value };
}

function core(grid: GridInput): number {
  const read = readRoster(grid, { asOf: ASOF, figures: { district: "aktobe" } });
  if (read.summary?.teachers !== read.teachers.length) throw new Error("summary lost teachers");
  return read.teachers.length;
}

let sink = 0;
for (const rows of SIZES) {
  const baseRss = process.memoryUsage().rss;
  let grid: GridInput | null = generateRoster({ seed: rows, rows, lang: "kk", messy: true });
  // The generator's garbage is not the core's (run with --expose-gc to collect it before measuring).
  if (typeof gc === "function") gc();
  // The peak: one read, everything it made still held (later runs would only add earlier runs' garbage).
  const first = core(grid);
  const peakMb = process.memoryUsage().rss / 1024 / 1024;
  if (first !== rows) throw new Error(`expected ${rows} teachers, read ${first}`);

  const runs = rows >= 100_000 ? 5 : 9;
  const repeat = Math.max(1, Math.round(100_000 / rows));
  // Warm-up: let the JIT compile the hot paths of both and the memo caches fill, over as many rows as one
  // 100,000-row run reads (at 1,000 rows a single run would time V8 still compiling on its other threads).
  sink += timedBarePass(grid, repeat).value;
  for (let i = 1; i < repeat; i++) sink += core(grid);
  const bare: { wall: number; cpu: number }[] = [];
  const total: { wall: number; cpu: number }[] = [];
  for (let i = 0; i < runs; i++) {
    const b = timedBarePass(grid, repeat);
    sink += b.value;
    bare.push(b);
    const g = grid;
    total.push(timed(() => core(g)));
  }
  grid = null;
  const ms = median(total.map((t) => t.wall));
  const cpuMs = median(total.map((t) => t.cpu));
  const ratio = cpuMs / median(bare.map((b) => b.cpu));
  const met = (ok: boolean) => (ok ? "met" : "NOT met");
  const line = [
    `rows=${rows}`,
    `ms=${ms.toFixed(1)}`,
    `cpu_ms=${cpuMs.toFixed(1)}`,
    `rows_per_s=${Math.round((rows / cpuMs) * 1000)}`,
    `peak_mb=${peakMb.toFixed(1)}`,
    `baseline_ratio=${ratio.toFixed(1)}`,
  ];
  if (detail) {
    line.push(
      `wall_ratio=${(ms / median(bare.map((b) => b.wall))).toFixed(1)}`,
      `base_mb=${(baseRss / 1024 / 1024).toFixed(1)}`,
      `bare_cpu_ms=${median(bare.map((b) => b.cpu)).toFixed(3)}`,
    );
  }
  line.push(
    `aims: baseline_ratio<=${AIM_BASELINE_RATIO} ${met(ratio <= AIM_BASELINE_RATIO)},`,
    `peak<=${AIM_PEAK_MB}MB ${met(peakMb <= AIM_PEAK_MB)}`,
  );
  console.log(line.join(" "));
}
if (sink < 0) console.log(sink); // keeps the bare pass from being optimised away
