// Bundles the `sapa` command into cli/dist so it starts like any Node program (tsx compiling the sources
// at every run cost most of a second). Run by the root package's `prepare` step (npm install / npm ci) and
// by bin/sapa.js when a source file changed since the last bundle.
//
// Layout: cli/dist/<id>/main.js (parsing, help, dispatch) and cli/dist/<id>/commands/<name>.js (one
// self-contained file per command, loaded only when that command runs), and cli/dist/current.json naming
// the newest <id> with the modification time of every source file that went into it.
import * as esbuild from "esbuild";
import { mkdirSync, readdirSync, renameSync, rmSync, statSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { performance } from "node:perf_hooks";
import { URL, fileURLToPath, pathToFileURL } from "node:url";

const CLI = fileURLToPath(new URL("..", import.meta.url));
const ROOT = join(CLI, "..");
export const DIST = join(CLI, "dist");
export const CURRENT = join(DIST, "current.json");
/** Sources bundled in; everything else (exceljs, SheetJS, zod, hono) stays in node_modules (Node imports SheetJS's ES module build, xlsx.mjs, through its package exports: several times faster to load than its CommonJS build). */
const WORKSPACE_SOURCES = ["cli/src/", "shared/", "client/src/"].map((dir) => join(ROOT, dir));
const RESOLVING = Symbol("bundle");
/** Old bundles are removed only after a while: a process started from one may still load its commands. */
const KEEP_OLD_MS = 10 * 60_000;

/** Builds a new bundle, points current.json at it and returns what it recorded. */
export async function buildBundle() {
  const started = Date.now();
  const id = `b${started.toString(36)}-${process.pid}`;
  const outdir = join(DIST, id);
  const commands = readdirSync(join(CLI, "src/commands"))
    .filter((name) => name.endsWith(".ts") && !name.endsWith(".test.ts"))
    .map((name) => join(CLI, "src/commands", name));
  const result = await esbuild.build({
    absWorkingDir: ROOT,
    entryPoints: [join(CLI, "src/main.ts"), ...commands],
    outbase: join(CLI, "src"),
    outdir,
    bundle: true,
    format: "esm",
    platform: "node",
    target: "node20",
    metafile: true,
    logLevel: "silent",
    plugins: [workspaceSources()],
  });
  const inputs = {};
  for (const file of Object.keys(result.metafile.inputs)) {
    const mtime = statSync(join(ROOT, file)).mtimeMs;
    // A file saved while the bundle was being built may not be in it: record it as never seen.
    inputs[file] = mtime >= started ? 0 : mtime;
  }
  const temporary = `${CURRENT}.${process.pid}`;
  writeFileSync(temporary, JSON.stringify({ id, built: new Date(started).toISOString(), inputs }));
  renameSync(temporary, CURRENT); // atomic: a concurrent start sees the old bundle or the new one
  removeOldBundles(id);
  return { dir: outdir, inputs };
}

/**
 * Workspace sources are bundled and marked free of side effects, so a command's file holds only the part
 * of @sapa/shared it uses (not zod's schemas for `--help`); third-party packages stay external; the table's
 * `import("./commands/x.ts")` becomes the command's own file; `import.meta.url` keeps naming the source
 * file, so paths relative to it (the dev CA, package.json) still resolve.
 */
function workspaceSources() {
  return {
    name: "sapa-workspace-sources",
    setup(build) {
      build.onResolve({ filter: /.*/ }, async (args) => {
        if (args.pluginData === RESOLVING || args.kind === "entry-point") return undefined;
        if (args.path.startsWith("node:")) return { path: args.path, external: true };
        if (args.kind === "dynamic-import" && /^\.\/commands\/[\w-]+\.ts$/.test(args.path)) {
          return { path: args.path.replace(/\.ts$/, ".js"), external: true };
        }
        if (!/^[./]/.test(args.path) && !args.path.startsWith("@sapa/")) {
          return { path: args.path, external: true };
        }
        const resolved = await build.resolve(args.path, {
          kind: args.kind,
          importer: args.importer,
          resolveDir: args.resolveDir,
          pluginData: RESOLVING,
        });
        if (resolved.errors.length > 0) return { errors: resolved.errors };
        const workspace = WORKSPACE_SOURCES.some((dir) => resolved.path.startsWith(dir));
        return workspace ? { ...resolved, sideEffects: false } : resolved;
      });
      build.onLoad({ filter: /\.ts$/ }, async (args) => {
        const { readFile } = await import("node:fs/promises");
        const source = await readFile(args.path, "utf8");
        const url = JSON.stringify(pathToFileURL(args.path).href);
        return { contents: source.replaceAll("import.meta.url", url), loader: "ts" };
      });
    },
  };
}

function removeOldBundles(keep) {
  for (const name of readdirSync(DIST)) {
    if (name === keep || !name.startsWith("b")) continue;
    const dir = join(DIST, name);
    try {
      if (Date.now() - statSync(dir).mtimeMs > KEEP_OLD_MS) rmSync(dir, { recursive: true, force: true });
    } catch {
      // Another build removed it first.
    }
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  mkdirSync(DIST, { recursive: true });
  const started = performance.now();
  const { inputs } = await buildBundle();
  const ms = Math.round(performance.now() - started);
  console.log(`sapa: bundled ${Object.keys(inputs).length} source files into cli/dist in ${ms} ms`);
}
