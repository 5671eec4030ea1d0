/**
 * A whole region in one workbook (issue 21: "a 100,000-row workbook must not need half a gigabyte"):
 * `sapa check` through its bin on a 100,000-row roster .xlsx (exceljs writes it from the sample generator,
 * Kazakh headers, messy rows), as a whole process, median of 3: wall time, CPU time, and the peak resident
 * memory by the process's own counter (process.resourceUsage().maxRSS, read as it exits). No aim: the
 * figure says what a region's file costs end to end, where `npm run bench -w @sapa/shared` measures the
 * core alone on a grid already in memory.
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { generateRoster } from "@sapa/shared/sample";
import { writeRosterWorkbook } from "../src/xlsx-roster-write.ts";
import { childrenCpuSeconds, loadAverage } from "./child-process.ts";

const BIN = fileURLToPath(new URL("../../node_modules/.bin/sapa", import.meta.url));
const ROWS = 100_000;
const RUNS = 3;
/** Loaded into the measured process: it prints its own peak RSS (kB) to stderr as it exits. */
const PEAK_HOOK =
  "--import=data:text/javascript,process.on('exit',()=>process.stderr.write('\\nsapa_bench_maxrss_kb='+process.resourceUsage().maxRSS+'\\n'))";

const dir = mkdtempSync(join(tmpdir(), "sapa-region-bench-"));
try {
  const file = join(dir, `region-${ROWS}.xlsx`);
  await writeRosterWorkbook(
    file,
    "Тізім",
    generateRoster({ seed: ROWS, rows: ROWS, lang: "kk", messy: true }),
  );
  const run = () => {
    const cpuBefore = childrenCpuSeconds();
    const start = process.hrtime.bigint();
    const result = spawnSync(BIN, ["check", file, "--as-of", "2026-05-31", "--json"], {
      encoding: "utf8",
      maxBuffer: 1 << 30,
      env: { ...process.env, NODE_OPTIONS: `${process.env.NODE_OPTIONS ?? ""} ${PEAK_HOOK}`.trim() },
    });
    const wall = Number(process.hrtime.bigint() - start) / 1e9;
    // 0: no errors, 1: errors found (the sample's messy rows carry warnings only, but either is a real check).
    if (result.status !== 0 && result.status !== 1)
      throw new Error(`check exited ${result.status}: ${result.stderr}`);
    const teachers = (JSON.parse(result.stdout) as { summary?: { teachers?: number } }).summary?.teachers;
    if (teachers !== ROWS) throw new Error(`check read ${teachers} teachers of ${ROWS}`);
    const peakKb = Number(/sapa_bench_maxrss_kb=(\d+)/.exec(result.stderr)?.[1] ?? NaN);
    return { wall, cpu: childrenCpuSeconds() - cpuBefore, peakMb: peakKb / 1024 };
  };
  const loadBefore = loadAverage();
  const samples = Array.from({ length: RUNS }, run);
  const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
  console.log(
    `cli_region_file rows=${ROWS} file_mb=${(statSync(file).size / 1e6).toFixed(1)} runs=${RUNS} ` +
      `wall_ms=${(median(samples.map((s) => s.wall)) * 1000).toFixed(0)} ` +
      `cpu_ms=${(median(samples.map((s) => s.cpu)) * 1000).toFixed(0)} ` +
      `peak_mb=${Math.max(...samples.map((s) => s.peakMb)).toFixed(0)} load_before=${loadBefore} load_after=${loadAverage()}`,
  );
} finally {
  rmSync(dir, { recursive: true, force: true });
}
