// Starts Sapa's local server: the worker under `wrangler dev` over HTTPS, serving the API and the built
// task pane from one origin. Used by `npm start`, the CLI's end-to-end test, the add-in's browser test and
// `npm run bench:worker`. Everything it starts is one process group that `stop()` ends.
import { spawn } from "node:child_process";
import { createHash } from "node:crypto";
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  rmSync,
  statSync,
  utimesSync,
  writeFileSync,
} from "node:fs";
import { request } from "node:https";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { clearTimeout, setTimeout } from "node:timers";
import { join } from "node:path";
import { ensureDevCert, repoRoot } from "./dev-cert.mjs";
import { ensureDevRegionKey } from "./dev-key.mjs";
import { devSeedSql, devTokens } from "./seed-dev.mjs";

const workerDir = join(repoRoot, "worker");
const addinDir = join(repoRoot, "addin");
const addinDist = join(addinDir, "dist");
/**
 * What wrangler dev prints when its proxy loses a request (a known wrangler dev race on connections idle
 * for about 5 s: the request fails or is answered 503 "restarted mid-request") or when it is about to exit.
 */
const WRANGLER_TROUBLE = /✘ \[ERROR\]|Error inside ProxyWorker|restarted mid-request|Network connection lost/;
const wranglerBin = join(repoRoot, "node_modules", "wrangler", "bin", "wrangler.js");
/** Marks an add-in placeholder page, so the next start builds the real pane once it can. */
const PLACEHOLDER_MARK = join(addinDist, ".sapa-placeholder");

/** Wrangler must not phone home: no metrics, no error reports, no update check, no Cloudflare lookups. */
export const wranglerEnv = {
  ...process.env,
  WRANGLER_SEND_METRICS: "false",
  WRANGLER_SEND_ERROR_REPORTS: "false",
  CLOUDFLARE_CF_FETCH_ENABLED: "false",
  WRANGLER_HIDE_BANNER: "true",
  // Wrangler asks the npm registry for a newer version when it prints an error; that check reads the
  // registry from npm's config, so point it (for wrangler only) at a closed loopback port.
  npm_config_registry: "http://127.0.0.1:9/",
  NO_COLOR: "1",
  FORCE_COLOR: "0",
};

/** The default place of the developer's local D1 data. */
export const defaultPersistDir = join(workerDir, ".wrangler", "state");

/** Runs a wrangler command to completion (non-interactive); rejects with its output when it fails. */
function wrangler(args) {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [wranglerBin, ...args], {
      cwd: workerDir,
      env: { ...wranglerEnv, CI: "true" }, // non-interactive: no confirmation prompts
      stdio: ["ignore", "pipe", "pipe"],
    });
    let output = "";
    const keep = (chunk) => (output = (output + chunk.toString()).slice(-20_000));
    child.stdout.on("data", keep);
    child.stderr.on("data", keep);
    child.once("error", reject);
    child.once("exit", (code) =>
      code === 0
        ? resolve(output)
        : reject(new Error(`wrangler ${args.slice(0, 3).join(" ")} failed:\n${output}`)),
    );
  });
}

/**
 * Applies the D1 migrations and the development seed to the local database in `persistDir`, unless a
 * stamp shows that exactly these migrations and this seed were applied already (keeps restarts fast).
 */
export async function prepareLocalDatabase(persistDir, { publishDevKey = true } = {}) {
  const migrationsDir = join(workerDir, "migrations");
  const migrations = readdirSync(migrationsDir)
    .filter((f) => f.endsWith(".sql"))
    .sort();
  const fingerprint = createHash("sha256");
  for (const f of migrations) fingerprint.update(f).update(readFileSync(join(migrationsDir, f)));
  const seedSql = devSeedSql(publishDevKey ? { regionKey: await ensureDevRegionKey() } : {});
  fingerprint.update(seedSql.replace(/'\d{4}-\d\d-\d\dT[^']*'/g, "")); // timestamps do not change the seed
  const stamp = join(persistDir, "sapa-dev-seed.json");
  const digest = fingerprint.digest("hex");
  if (existsSync(stamp) && JSON.parse(readFileSync(stamp, "utf8")).digest === digest) return false;
  mkdirSync(persistDir, { recursive: true });
  await wrangler(["d1", "migrations", "apply", "DB", "--local", "--persist-to", persistDir]);
  const seedFile = join(tmpdir(), `sapa-seed-${process.pid}-${Date.now()}.sql`);
  writeFileSync(seedFile, seedSql);
  try {
    await wrangler([
      "d1",
      "execute",
      "DB",
      "--local",
      "--persist-to",
      persistDir,
      "--file",
      seedFile,
      "--yes",
    ]);
  } finally {
    rmSync(seedFile, { force: true });
  }
  writeFileSync(stamp, JSON.stringify({ digest, at: new Date().toISOString() }));
  return true;
}

function newestMtime(path) {
  if (!existsSync(path)) return 0;
  const st = statSync(path);
  if (!st.isDirectory()) return st.mtimeMs;
  let newest = st.mtimeMs;
  for (const entry of readdirSync(path)) {
    if (entry === "node_modules" || entry === "dist") continue;
    newest = Math.max(newest, newestMtime(join(path, entry)));
  }
  return newest;
}

function writePlaceholderPane(reason) {
  mkdirSync(addinDist, { recursive: true });
  writeFileSync(
    join(addinDist, "taskpane.html"),
    `<!doctype html><html lang="kk"><meta charset="utf-8"><title>Sapa</title>
<body><p>Sapa: the task pane has not been built yet (${reason}). Run <code>npm run build -w @sapa/addin</code>.</p></body></html>\n`,
  );
  writeFileSync(PLACEHOLDER_MARK, reason);
}

/** Locks belong to one checkout: two clones on one machine (a developer's and CI's) never wait on each other. */
const lockPrefix = `sapa-${createHash("sha256").update(repoRoot).digest("hex").slice(0, 12)}`;

async function withLock(name, fn) {
  const lock = join(tmpdir(), `${lockPrefix}-${name}.lock`);
  const deadline = Date.now() + 5 * 60_000;
  for (;;) {
    try {
      mkdirSync(lock);
      break;
    } catch {
      // A lock older than five minutes belongs to a process that died mid-build.
      if (existsSync(lock) && Date.now() - statSync(lock).mtimeMs > 5 * 60_000)
        rmSync(lock, { recursive: true, force: true });
      if (Date.now() > deadline) throw new Error(`Timed out waiting for ${lock}`);
      await new Promise((r) => setTimeout(r, 250));
    }
  }
  try {
    return await fn();
  } finally {
    rmSync(lock, { recursive: true, force: true });
  }
}

/**
 * Builds the task pane into addin/dist when it is missing or older than its sources (add-in and shared
 * core). Without a build setup it serves a placeholder page so the API still starts.
 * @returns {Promise<"fresh" | "built" | "placeholder" | "stale">}
 */
export async function ensureAddinBuild({ log = () => {} } = {}) {
  return withLock("addin-build", async () => {
    const built = join(addinDist, "taskpane.html");
    const hasBuild =
      existsSync(join(addinDir, "vite.config.ts")) && existsSync(join(addinDir, "taskpane.html"));
    if (!hasBuild) {
      if (!existsSync(built) || existsSync(PLACEHOLDER_MARK)) writePlaceholderPane("no Vite setup in addin/");
      return "placeholder";
    }
    const sources = Math.max(
      ...["src", "public", "taskpane.html", "app.html", "vite.config.ts", "package.json", "index.html"].map(
        (p) => newestMtime(join(addinDir, p)),
      ),
      newestMtime(join(repoRoot, "shared", "src")),
      newestMtime(join(repoRoot, "client", "src")),
      // The users' guides are built into pages beside the pane (addin/scripts/guide-html.ts).
      newestMtime(join(addinDir, "scripts")),
      newestMtime(join(repoRoot, "docs")),
    );
    if (existsSync(built) && !existsSync(PLACEHOLDER_MARK) && statSync(built).mtimeMs >= sources)
      return "fresh";
    log("Building the task pane (npm run build -w @sapa/addin)…");
    const result = await new Promise((resolve) => {
      const child = spawn("npm", ["run", "build", "-w", "@sapa/addin"], {
        cwd: repoRoot,
        stdio: ["ignore", "pipe", "pipe"],
      });
      let output = "";
      const keep = (chunk) => (output = (output + chunk.toString()).slice(-20_000));
      child.stdout.on("data", keep);
      child.stderr.on("data", keep);
      child.once("error", (error) => resolve({ status: null, output: String(error) }));
      child.once("exit", (status) => resolve({ status, output }));
    });
    if (result.status === 0 && existsSync(built)) {
      // Stamp the build with the sources' time as read before it began: an edit made during the build
      // is then newer than the build, and the next start builds again.
      utimesSync(built, new Date(), new Date(Math.ceil(sources)));
      rmSync(PLACEHOLDER_MARK, { force: true });
      return "built";
    }
    const why = result.output.trim().split("\n").slice(-15).join("\n");
    if (existsSync(built) && !existsSync(PLACEHOLDER_MARK)) {
      log(`The task pane build failed; serving the previous build.\n${why}`);
      return "stale";
    }
    log(`The task pane build failed; serving a placeholder page.\n${why}`);
    writePlaceholderPane("the build failed");
    return "placeholder";
  });
}

function portIsFree(port, host = "127.0.0.1") {
  return new Promise((resolve) => {
    const server = createServer();
    server.once("error", () => resolve(false));
    server.listen(port, host, () => server.close(() => resolve(true)));
  });
}

/** A port nobody listens on right now (the OS picks it). */
/**
 * A free loopback port below the kernel's ephemeral range (32768-60999 on Linux). A port from `listen(0)`
 * lies inside that range, so between our check and wrangler's bind any other process opening a socket
 * (another local server's workerd, an outgoing connection) may be handed the same port: CI once lost a
 * dev-server restart that way. Below the range only an explicit bind can take it.
 */
export async function freePort() {
  for (let attempt = 0; attempt < 50; attempt++) {
    const port = 20_000 + Math.floor(Math.random() * 12_000);
    if (await portIsFree(port)) return port;
  }
  throw new Error("No free loopback port between 20000 and 32000.");
}

/** GET over HTTPS trusting the development CA; resolves with { status, body } or rejects. */
function getJson(url, ca, timeoutMs = 2000) {
  return new Promise((resolve, reject) => {
    const req = request(url, { ca, servername: "localhost", timeout: timeoutMs }, (res) => {
      let body = "";
      res.setEncoding("utf8");
      res.on("data", (chunk) => (body += chunk));
      res.on("end", () => resolve({ status: res.statusCode, body }));
    });
    req.on("timeout", () => req.destroy(new Error("timeout")));
    req.on("error", reject);
    req.end();
  });
}

const compatibilityDate = /"compatibility_date":\s*"([^"]+)"/.exec(
  readFileSync(join(workerDir, "wrangler.jsonc"), "utf8"),
)?.[1];

/**
 * Bundles the worker once into a private directory (wrangler's own esbuild step, nothing uploaded), so a
 * server for tests and benches runs a fixed build: edits to worker/ or shared/ made while it runs (other
 * people's work in the same tree) cannot restart it mid-request.
 */
export async function bundleWorker() {
  // wrangler refuses a configuration whose assets directory is missing; the bundle itself holds no assets
  // (a fresh clone's `npm run bench:worker` bundles before anything built the pane).
  mkdirSync(addinDist, { recursive: true });
  const outdir = mkdtempSync(join(tmpdir(), "sapa-worker-"));
  try {
    await wrangler(["deploy", "--dry-run", "--outdir", outdir]);
  } catch (error) {
    rmSync(outdir, { recursive: true, force: true });
    throw error;
  }
  return { entry: join(outdir, "index.js"), dir: outdir };
}

/**
 * Starts the local Sapa server and resolves once `GET /api/health` answers.
 * @param {{ port?: number, persistDir?: string, quiet?: boolean, watch?: boolean, timeoutMs?: number,
 *   onOutput?: (text: string) => void }} [options]
 *   port: default 3000; persistDir: where local D1 lives (default worker/.wrangler/state; tests pass a
 *   temporary directory); quiet: keep wrangler's output to yourself (it is shown if the start fails);
 *   watch: rebuild and reload when the sources change (`npm start` does; default false: one fixed build);
 *   onOutput: hears everything wrangler and the worker print (the privacy test reads the server's logs);
 *   publishDevKey: publish the development region key in the seed (default true; the key ceremony e2e
 *   starts with no key published).
 * @returns {Promise<{ url: string, port: number, pid: number, caPath: string, persistDir: string,
 *   tokens: { region: string, districts: Record<string, string> },
 *   regionKey: { path: string, passphrase: string, keyId: string }, stop: () => Promise<void> }>}
 */
export async function startDevServer({
  port = 3000,
  persistDir = defaultPersistDir,
  quiet = false,
  watch = false,
  timeoutMs = 90_000,
  onOutput: hear = () => {},
  publishDevKey = true,
} = {}) {
  const log = quiet ? () => {} : (message) => console.log(message);
  // Fail fast, before any build, when something already listens there.
  if (!(await portIsFree(port))) {
    throw new Error(
      `Port ${port} on 127.0.0.1 is already in use: stop what listens there or set PORT to another port.`,
    );
  }
  // Servers starting at once on a fresh checkout must not make two different certificates.
  const certs = await withLock("dev-cert", async () => ensureDevCert());
  const ca = readFileSync(certs.ca);
  // The worker bundle needs the pane's directory (wrangler checks `assets.directory`), so the pane comes
  // first; the database and the bundle then do not depend on each other.
  await ensureAddinBuild({ log });
  const bundling = watch ? Promise.resolve(null) : bundleWorker();
  let bundle;
  try {
    [, bundle] = await Promise.all([
      withLock(`d1-${createHash("sha256").update(persistDir).digest("hex").slice(0, 16)}`, () =>
        prepareLocalDatabase(persistDir, { publishDevKey }),
      ),
      bundling,
    ]);
  } catch (error) {
    const built = await bundling.catch(() => null);
    if (built) rmSync(built.dir, { recursive: true, force: true });
    throw error;
  }
  const inspectorPort = await freePort();
  const args = [
    wranglerBin,
    "dev",
    // With a script argument wrangler looks for its config beside the script and defaults the
    // compatibility date to today: name both.
    ...(bundle
      ? [
          bundle.entry,
          "--no-bundle",
          "--config",
          join(workerDir, "wrangler.jsonc"),
          "--compatibility-date",
          compatibilityDate ?? "2026-04-01",
        ]
      : []),
    "--ip",
    "127.0.0.1",
    "--port",
    String(port),
    "--inspector-port",
    String(inspectorPort),
    "--local-protocol",
    "https",
    "--https-key-path",
    certs.key,
    "--https-cert-path",
    certs.cert,
    "--persist-to",
    persistDir,
    "--show-interactive-dev-session=false",
    "--live-reload=false",
  ];
  // Own process group, so stop() ends wrangler and the workerd it starts, and nothing else.
  const child = spawn(process.execPath, args, {
    cwd: workerDir,
    env: wranglerEnv,
    detached: true,
    stdio: ["ignore", "pipe", "pipe"],
  });
  const pid = child.pid;
  let output = "";
  const onOutput = (chunk) => {
    const text = chunk.toString();
    hear(text);
    output = (output + text).slice(-20_000);
    if (!quiet) process.stdout.write(text);
    // A quiet server (a test's) still says when wrangler's own proxy fails a request: a test that then
    // waits for an answer shows why in its log, not only a timeout.
    else if (WRANGLER_TROUBLE.test(text)) process.stderr.write(`[local server :${port}] ${text}`);
  };
  child.stdout.on("data", onOutput);
  child.stderr.on("data", onOutput);
  let exited = false;
  let ready = false;
  const exitedPromise = new Promise((resolve) =>
    child.once("exit", (code, signal) => {
      exited = true;
      // Not asked to stop, after it had answered: every later request to it fails, so say so at once.
      if (ready && stopping === undefined)
        process.stderr.write(
          `[local server :${port}] wrangler dev exited (${signal ?? code}) while in use:\n${output.slice(-4000)}\n`,
        );
      resolve();
    }),
  );
  const killGroup = (signal) => {
    try {
      process.kill(-pid, signal);
    } catch {
      // already gone
    }
  };
  // If the caller dies without stop(), do not leave a server behind.
  const onExit = () => {
    if (!exited) killGroup("SIGKILL");
  };
  process.once("exit", onExit);

  let stopping;
  const stop = () => (stopping ??= stopGroup());
  const stopGroup = async () => {
    process.removeListener("exit", onExit);
    if (!exited) killGroup("SIGTERM");
    const timer = setTimeout(() => killGroup("SIGKILL"), 5000);
    await exitedPromise;
    clearTimeout(timer);
    // workerd may outlive wrangler by a moment; make sure the whole group is gone.
    killGroup("SIGKILL");
    if (bundle) rmSync(bundle.dir, { recursive: true, force: true });
  };

  const url = `https://localhost:${port}`;
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    if (exited) {
      await stop();
      throw new Error(`wrangler dev exited before the server answered:\n${output}`);
    }
    try {
      const res = await getJson(`https://127.0.0.1:${port}/api/health`, ca);
      if (res.status === 200) {
        ready = true;
        break;
      }
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) {
      await stop();
      throw new Error(`The local server did not answer /api/health within ${timeoutMs} ms:\n${output}`);
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  const { path: keyPath, passphrase, keyId } = await ensureDevRegionKey();
  return {
    url,
    port,
    pid,
    // The worker isolate's DevTools endpoint (CPU profiles of the worker itself, e.g. bench:worker).
    inspectorPort,
    caPath: certs.ca,
    persistDir,
    tokens: devTokens(),
    regionKey: { path: keyPath, passphrase, keyId },
    stop,
  };
}
