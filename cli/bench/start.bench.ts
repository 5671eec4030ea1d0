/**
 * The `sapa` command's start-up as a user meets it (issue 21): whole-process wall time of the bin
 * (node_modules/.bin/sapa) for `sapa --help` and for `sapa check` on a 300-row district roster, against a
 * bare `node -e 0` measured in the same run, interleaved, median of 9. Aims: help ≤ 3× bare node, check
 * ≤ 0.3 s.
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { generateRoster } from "@sapa/shared/sample";
import { writeRosterWorkbook } from "../src/xlsx-roster-write.ts";

const BIN = fileURLToPath(new URL("../../node_modules/.bin/sapa", import.meta.url));
const RUNS = 9;
const HELP_AIM_RATIO = 3;
const CHECK_AIM_SECONDS = 0.3;

const dir = mkdtempSync(join(tmpdir(), "sapa-start-bench-"));
try {
  const roster = join(dir, "alga-300.xlsx");
  const grid = generateRoster({ seed: 21, rows: 300, district: "alga", lang: "kk", messy: true });
  await writeRosterWorkbook(roster, "Тізім", grid);

  const commands = {
    bare: [process.execPath, ["-e", "0"]],
    help: [BIN, ["--help"]],
    check: [BIN, ["check", roster, "--as-of", "2026-05-31"]],
  } as const;
  /** Wall seconds of one whole process; the exit status must be what the command means. */
  const time = (name: keyof typeof commands): number => {
    const [file, args] = commands[name];
    const start = process.hrtime.bigint();
    const result = spawnSync(file, args, { stdio: ["ignore", "ignore", "pipe"], encoding: "utf8" });
    const seconds = Number(process.hrtime.bigint() - start) / 1e9;
    if (result.status !== 0 && !(name === "check" && result.status === 1)) {
      throw new Error(`${name} exited ${result.status}: ${result.stderr}`);
    }
    return seconds;
  };
  // A first run builds the bundle if a source changed since `npm install`; it is not measured.
  time("help");
  time("check");
  const samples: Record<keyof typeof commands, number[]> = { bare: [], help: [], check: [] };
  for (let i = 0; i < RUNS; i++) {
    for (const name of ["bare", "help", "check"] as const) samples[name].push(time(name));
  }
  const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
  const [bare, help, check] = [median(samples.bare), median(samples.help), median(samples.check)];
  const ms = (s: number) => (s * 1000).toFixed(0);
  const helpRatio = help / bare;
  console.log(
    `cli_start bare_node_ms=${ms(bare)} help_ms=${ms(help)} help_ratio=${helpRatio.toFixed(2)} ` +
      `(aim <= ${HELP_AIM_RATIO}: ${helpRatio <= HELP_AIM_RATIO ? "met" : "NOT met"}) ` +
      `check_300_ms=${ms(check)} check_ratio=${(check / bare).toFixed(2)} ` +
      `(aim <= ${CHECK_AIM_SECONDS * 1000} ms: ${check <= CHECK_AIM_SECONDS ? "met" : "NOT met"}) runs=${RUNS}`,
  );
} finally {
  rmSync(dir, { recursive: true, force: true });
}
