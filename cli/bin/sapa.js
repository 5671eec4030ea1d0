#!/usr/bin/env node
// Runs the bundle in cli/dist (built by `npm install`'s prepare step, bin/bundle.mjs) when it is as new as
// every source file that went into it; otherwise rebuilds it first, so an edit under cli/src, shared/ or
// client/src is in the very next run. The check is one stat per bundled file (about 110, well under a
// millisecond); SAPA_NO_BUNDLE=1 runs the TypeScript sources through tsx instead.
import { closeSync, openSync, readFileSync, rmSync, statSync } from "node:fs";
import { URL, fileURLToPath, pathToFileURL } from "node:url";

const dist = new URL("../dist/", import.meta.url);
const root = new URL("../../", import.meta.url);

/** The current bundle's main.js when no source file changed since it was built. */
function freshBundle() {
  let current;
  try {
    current = JSON.parse(readFileSync(new URL("current.json", dist), "utf8"));
  } catch {
    return undefined;
  }
  for (const [file, mtime] of Object.entries(current.inputs)) {
    if (statSync(new URL(file, root), { throwIfNoEntry: false })?.mtimeMs !== mtime) return undefined;
  }
  return new URL(`${current.id}/main.js`, dist);
}

/**
 * Rebuilds the bundle; undefined when esbuild is missing, the sources do not build (tsx then shows the
 * error as before) or another process is already rebuilding (a lock file; this run then uses tsx).
 */
async function rebuiltBundle() {
  const lock = fileURLToPath(new URL("building.lock", dist));
  let fd;
  try {
    const { mkdirSync } = await import("node:fs");
    mkdirSync(dist, { recursive: true });
    // A lock left by a killed build stops counting after a minute.
    const age = Date.now() - (statSync(lock, { throwIfNoEntry: false })?.mtimeMs ?? 0);
    if (age > 60_000) rmSync(lock, { force: true });
    fd = openSync(lock, "wx");
  } catch {
    return undefined;
  }
  try {
    const { buildBundle } = await import("./bundle.mjs");
    const { dir } = await buildBundle();
    return pathToFileURL(`${dir}/main.js`);
  } catch (error) {
    if (process.env.SAPA_DEBUG) console.error(error);
    return undefined;
  } finally {
    closeSync(fd);
    rmSync(lock, { force: true });
  }
}

const bundle = process.env.SAPA_NO_BUNDLE ? undefined : (freshBundle() ?? (await rebuiltBundle()));
if (bundle) {
  await (await import(bundle.href)).main();
} else {
  const { register } = await import("tsx/esm/api");
  register();
  await (await import("../src/main.ts")).main();
}
