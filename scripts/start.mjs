// `npm start`: the local Sapa server at https://localhost:3000 (PORT overrides), API, task pane and Sapa on
// the web on one origin, with local D1 migrated and seeded (in worker/.wrangler/state, or SAPA_DATA_DIR).
// Stays in the foreground until Ctrl-C.
import { relative, resolve } from "node:path";
import { repoRoot } from "./dev-cert.mjs";
import { devManifest } from "./dev-manifest.mjs";
import { startDevServer } from "./dev-server.mjs";

const port = Number(process.env.PORT ?? 3000);
if (!Number.isInteger(port) || port < 1 || port > 65535) {
  console.error(`PORT must be a port number, got "${process.env.PORT}".`);
  process.exit(2);
}

// SAPA_DATA_DIR: another folder for the local data (a second local server beside the first, a test's own).
const dataDir = process.env.SAPA_DATA_DIR;

let server;
try {
  // watch: edits to worker/ or shared/ reload the server while you develop.
  server = await startDevServer({
    port,
    quiet: true,
    watch: true,
    ...(dataDir ? { persistDir: resolve(dataDir) } : {}),
  });
} catch (error) {
  console.error(error instanceof Error ? error.message : String(error));
  process.exit(1);
}

const { url, tokens, caPath } = server;
// manifest.xml names port 3000; on another port Excel needs one naming this server.
const manifest = relative(process.cwd(), devManifest(port));
const width = Math.max(...Object.keys(tokens.districts).map((d) => d.length));
console.log(`
Sapa is running at ${url}
  API:        ${url}/api/health
  Task pane:  ${url}/taskpane.html   (${manifest} points here; sideload it in Excel)
  Web app:    ${url}/app/   (Sapa on the web: the same app in a browser, on a roster file)${
    port === 3000
      ? ""
      : `\n  CLI:        SAPA_SERVER=${url} npx sapa …   (its default is https://localhost:3000)`
  }
  Certificate authority to trust: ${relative(process.cwd(), caPath) || caPath}

Development tokens (local only; send as "Authorization: Bearer <token>"):
  region  ${"".padEnd(width - 6)}${tokens.region}
${Object.entries(tokens.districts)
  .map(([id, token]) => `  ${id.padEnd(width)}  ${token}`)
  .join("\n")}

Development region key (local only; rows are sealed to it):
  key file    ${relative(process.cwd(), server.regionKey.path) || server.regionKey.path}
  passphrase  ${server.regionKey.passphrase}
  key id      ${server.regionKey.keyId}

Local data: ${relative(repoRoot, server.persistDir)}. Press Ctrl-C to stop.`);

let stopping = false;
const shutdown = async () => {
  if (stopping) return;
  stopping = true;
  console.log("\nStopping…");
  await server.stop();
  process.exit(0);
};
process.on("SIGINT", shutdown);
process.on("SIGTERM", shutdown);
