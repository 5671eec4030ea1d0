/**
 * `npm run bench -w @sapa/shared`: synthetic district rosters of 1,000, 10,000 and 100,000 rows through the
 * whole core (readRoster: detect headers, normalise, validate; then summarise), one line per size:
 *
 *   rows=N ms=… rows_per_s=… peak_mb=… baseline_ratio=…
 *
 * ms is the median of several runs after a warm-up; baseline_ratio divides it by the median time of a bare
 * pass that touches every cell once in the same run (the floor any reader of the grid pays).
 * peak_mb is the largest resident set size sampled during the runs of that size.
 * `--detail` adds the split between reading and summarising.
 */
import { readRoster } from "../src/roster/roster.ts";
import { generateRoster } from "../sample/roster.ts";
import { summarise } from "../src/figures/summary.ts";
import type { GridInput } from "../src/types.ts";

// shared/ compiles without Node's types (it must run in workerd and the browser too): declare what the bench uses.
declare const process: { memoryUsage(): { rss: number; heapUsed: number }; argv: string[] };
declare const performance: { now(): number };
declare const console: { log(...args: unknown[]): void };

const SIZES = [1_000, 10_000, 100_000];
const ASOF = "2026-05-31";
const detail = process.argv.includes("--detail");

let peakRss = 0;
function sampleMemory(): void {
  peakRss = Math.max(peakRss, process.memoryUsage().rss);
}

function median(xs: number[]): number {
  const sorted = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
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

function core(grid: GridInput): { readMs: number; summariseMs: number; teachers: number } {
  const t0 = performance.now();
  const read = readRoster(grid, { asOf: ASOF });
  const t1 = performance.now();
  sampleMemory();
  const summary = summarise(read.teachers, { asOf: ASOF, district: "aktobe", present: read.present });
  const t2 = performance.now();
  sampleMemory();
  if (summary.teachers !== read.teachers.length) throw new Error("summary lost teachers");
  return { readMs: t1 - t0, summariseMs: t2 - t1, teachers: summary.teachers };
}

let sink = 0;
for (const rows of SIZES) {
  const grid = generateRoster({ seed: rows, rows, lang: "kk", messy: true });
  peakRss = 0;
  sampleMemory();
  const runs = rows >= 100_000 ? 5 : 9;
  // Warm-up: let the JIT compile the hot paths and the memo caches fill once.
  sink += barePass(grid);
  const warm = core(grid);
  if (warm.teachers !== rows) throw new Error(`expected ${rows} teachers, read ${warm.teachers}`);

  const bare: number[] = [];
  const total: number[] = [];
  const reads: number[] = [];
  const sums: number[] = [];
  for (let i = 0; i < runs; i++) {
    const b0 = performance.now();
    sink += barePass(grid);
    bare.push(performance.now() - b0);
    const r = core(grid);
    reads.push(r.readMs);
    sums.push(r.summariseMs);
    total.push(r.readMs + r.summariseMs);
  }
  const ms = median(total);
  const line = [
    `rows=${rows}`,
    `ms=${ms.toFixed(1)}`,
    `rows_per_s=${Math.round((rows / ms) * 1000)}`,
    `peak_mb=${(peakRss / 1024 / 1024).toFixed(1)}`,
    `baseline_ratio=${(ms / median(bare)).toFixed(1)}`,
  ];
  if (detail) {
    line.push(
      `read_ms=${median(reads).toFixed(1)}`,
      `summarise_ms=${median(sums).toFixed(1)}`,
      `bare_ms=${median(bare).toFixed(2)}`,
    );
  }
  console.log(line.join(" "));
}
if (sink < 0) console.log(sink); // keeps the bare pass from being optimised away
