/**
 * The `sapa` command's start-up as a user meets it (issue 21): whole-process wall time of the bin
 * (node_modules/.bin/sapa) for `sapa --help` and for `sapa check` on a 300-row district roster, against a
 * bare `node -e 0` measured in the same run, interleaved, median of 9. Aims: help ≤ 3× bare node, check
 * ≤ 0.3 s. Beside wall time each line gives the child's CPU time (user + system, from /proc on Linux),
 * which a machine busy with other work inflates much less than wall time.
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { generateRoster } from "@sapa/shared/sample";
import { writeRosterWorkbook } from "../src/xlsx-roster-write.ts";
import { childrenCpuSeconds, loadAverage } from "./child-process.ts";

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
  /** Wall and CPU seconds of one whole process; the exit status must be what the command means. */
  const time = (name: keyof typeof commands): { wall: number; cpu: number } => {
    const [file, args] = commands[name];
    const cpuBefore = childrenCpuSeconds();
    const start = process.hrtime.bigint();
    const result = spawnSync(file, args, { stdio: ["ignore", "ignore", "pipe"], encoding: "utf8" });
    const wall = Number(process.hrtime.bigint() - start) / 1e9;
    if (result.status !== 0 && !(name === "check" && result.status === 1)) {
      throw new Error(`${name} exited ${result.status}: ${result.stderr}`);
    }
    return { wall, cpu: childrenCpuSeconds() - cpuBefore };
  };
  // A first run builds the bundle if a source changed since `npm install`; it is not measured.
  time("help");
  time("check");
  const names = ["bare", "help", "check"] as const;
  const samples = { bare: [], help: [], check: [] } as Record<
    (typeof names)[number],
    { wall: number; cpu: number }[]
  >;
  const loadBefore = loadAverage();
  for (let i = 0; i < RUNS; i++) for (const name of names) samples[name].push(time(name));
  const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
  const wall = (name: (typeof names)[number]) => median(samples[name].map((s) => s.wall));
  const cpu = (name: (typeof names)[number]) => median(samples[name].map((s) => s.cpu));
  const ms = (s: number) => (s * 1000).toFixed(0);
  const helpRatio = wall("help") / wall("bare");
  console.log(
    `cli_start runs=${RUNS} load_before=${loadBefore} load_after=${loadAverage()} bare_node_ms=${ms(wall("bare"))} (cpu ${ms(cpu("bare"))})`,
  );
  console.log(
    `cli_start help_ms=${ms(wall("help"))} (cpu ${ms(cpu("help"))}) help_ratio=${helpRatio.toFixed(2)} ` +
      `cpu_ratio=${(cpu("help") / cpu("bare")).toFixed(2)} aim<=${HELP_AIM_RATIO}x ${helpRatio <= HELP_AIM_RATIO ? "met" : "NOT met"}`,
  );
  console.log(
    `cli_start check_300_ms=${ms(wall("check"))} (cpu ${ms(cpu("check"))}) check_ratio=${(wall("check") / wall("bare")).toFixed(2)} ` +
      `cpu_ratio=${(cpu("check") / cpu("bare")).toFixed(2)} aim<=${CHECK_AIM_SECONDS * 1000}ms ` +
      `${wall("check") <= CHECK_AIM_SECONDS ? "met" : "NOT met"}`,
  );
} finally {
  rmSync(dir, { recursive: true, force: true });
}
