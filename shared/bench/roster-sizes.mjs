// Runs roster.bench.ts as `npm run bench` means it: bundled by esbuild onto plain Node (a TypeScript
// loader's own thread and memory would count in the peak), with --expose-gc, each size in a process of its
// own. Extra arguments (--detail) are passed on.
import { spawnSync } from "node:child_process";
import { mkdirSync } from "node:fs";
import { join } from "node:path";
import { URL, fileURLToPath } from "node:url";
import * as esbuild from "esbuild";

const here = fileURLToPath(new URL(".", import.meta.url));
const outdir = join(here, "../../node_modules/.cache/sapa-bench");
mkdirSync(outdir, { recursive: true });
const outfile = join(outdir, "roster.bench.mjs");
await esbuild.build({
  entryPoints: [join(here, "roster.bench.ts")],
  bundle: true,
  platform: "node",
  format: "esm",
  target: "node20",
  outfile,
  logLevel: "warning",
});
for (const rows of [1_000, 10_000, 100_000]) {
  const run = spawnSync(
    process.execPath,
    ["--expose-gc", outfile, "--rows", String(rows), ...process.argv.slice(2)],
    { stdio: "inherit" },
  );
  if (run.status !== 0) process.exit(run.status ?? 1);
}
