// `npm run deploy`: builds the task pane, applies the D1 migrations to the remote database and deploys
// the worker with wrangler (your Cloudflare login or CLOUDFLARE_API_TOKEN). See docs/DEPLOY.md.
import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { repoRoot } from "./dev-cert.mjs";

const workerDir = join(repoRoot, "worker");
const config = readFileSync(join(workerDir, "wrangler.jsonc"), "utf8");
if (/"database_id":\s*"0{8}-0{4}-0{4}-0{4}-0{12}"/.test(config)) {
  console.error(
    "worker/wrangler.jsonc still has the placeholder database_id.\n" +
      "Create the database first: cd worker && npx wrangler d1 create sapa\n" +
      "then put the printed database_id into wrangler.jsonc (see docs/DEPLOY.md).",
  );
  process.exit(2);
}

// Deploying is the one time wrangler talks to Cloudflare; keep its telemetry off all the same.
const env = { ...process.env, WRANGLER_SEND_METRICS: "false", WRANGLER_SEND_ERROR_REPORTS: "false" };
const run = (command, args, cwd) => {
  console.log(`\n$ ${[command, ...args].join(" ")}`);
  const result = spawnSync(command, args, { cwd, env, stdio: "inherit" });
  if (result.status !== 0) process.exit(result.status ?? 1);
};
const wrangler = [join(repoRoot, "node_modules", "wrangler", "bin", "wrangler.js")];

// The pane talks to the origin that serves it, so one build serves any URL; the manifest is written apart
// (`npm run manifest -w @sapa/addin -- https://<worker URL>`, docs/DEPLOY.md step 4).
run("npm", ["run", "build", "-w", "@sapa/addin"], repoRoot);
run(process.execPath, [...wrangler, "d1", "migrations", "apply", "DB", "--remote"], workerDir);
run(process.execPath, [...wrangler, "deploy"], workerDir);
console.log(
  "\nDeployed. First deployment? Issue the first region token: npm run token:first -w @sapa/worker -- --apply\n" +
    "and write the add-in's manifest for the URL above: npm run manifest -w @sapa/addin -- https://<worker URL>",
);
