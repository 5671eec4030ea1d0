/**
 * The roster file reader (@sapa/client/files, SheetJS 0.20.3 from @e965/xlsx) on a 20,000-row roster
 * written by openpyxl, as the CLI runs it: the read alone (bytes to grids), then with the shared core,
 * and the peak resident memory. Issue 9 asks to stay within 1.5x of the time and memory measured when the
 * reader moved to SheetJS; the figures before the move to 0.20.3 (xlsx 0.18.5) are in the README. Needs
 * python3 with openpyxl (Debian python3-openpyxl); without it the line says so.
 */
import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { readWorkbookRoster } from "@sapa/shared";
import { readWorkbookFile } from "../src/xlsx-read.ts";

const RUNS = 5;
const dir = mkdtempSync(join(tmpdir(), "sapa-bench-"));
const file = join(dir, "openpyxl-20000.xlsx");
try {
  // The Debian package installs into the system Python, which a version manager's python3 may hide.
  const written = ["python3", "/usr/bin/python3"].some((python) => {
    try {
      execFileSync(python, [join(import.meta.dirname, "gen_20k.py"), file], { stdio: "ignore" });
      return true;
    } catch {
      return false;
    }
  });
  if (!written) {
    console.log("cli_read openpyxl_rows=20000 skipped (needs python3 with openpyxl: python3-openpyxl)");
    process.exit(0);
  }
  const readTimes: number[] = [];
  const totalTimes: number[] = [];
  let peak = 0;
  let teachers = 0;
  for (let i = 0; i < RUNS; i++) {
    const start = performance.now();
    const sheets = await readWorkbookFile(file);
    readTimes.push(performance.now() - start);
    const roster = readWorkbookRoster(sheets, { asOf: "2025-01-15" });
    totalTimes.push(performance.now() - start);
    peak = Math.max(peak, process.memoryUsage().rss);
    teachers = roster?.teachers.length ?? 0;
  }
  const median = (times: number[]) => [...times].sort((a, b) => a - b)[Math.floor(times.length / 2)]!;
  console.log(
    `cli_read openpyxl_rows=20000 teachers=${teachers} read_ms=${median(readTimes).toFixed(0)} ` +
      `read_and_core_ms=${median(totalTimes).toFixed(0)} peak_mb=${(peak / 1024 / 1024).toFixed(1)}`,
  );
} finally {
  rmSync(dir, { recursive: true, force: true });
}
