/**
 * The CLI reader on a 20,000-row roster written by openpyxl (issue 9: stays within 1.5x of the time and
 * memory measured when the reader moved to SheetJS). Needs python3 with openpyxl (Debian
 * python3-openpyxl); without it the line says so.
 */
import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { readWorkbookRoster } from "@sapa/shared";
import { readWorkbookFile } from "../src/xlsx-read.ts";

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
  const times: number[] = [];
  let peak = 0;
  let teachers = 0;
  for (let i = 0; i < 3; i++) {
    const start = performance.now();
    const roster = readWorkbookRoster(await readWorkbookFile(file), { asOf: "2025-01-15" });
    times.push(performance.now() - start);
    peak = Math.max(peak, process.memoryUsage().rss);
    teachers = roster?.teachers.length ?? 0;
  }
  times.sort((a, b) => a - b);
  console.log(
    `cli_read openpyxl_rows=20000 teachers=${teachers} ms=${times[1]!.toFixed(0)} peak_mb=${(peak / 1024 / 1024).toFixed(1)}`,
  );
} finally {
  rmSync(dir, { recursive: true, force: true });
}
