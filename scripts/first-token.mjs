// Issues a token straight into a D1 database, for the first region user of a new deployment (after that,
// tokens are issued through POST /api/tokens or `sapa token create`). Prints the token once; only its
// SHA-256 is stored.
//   node scripts/first-token.mjs                 prints the token and the SQL, changes nothing
//   node scripts/first-token.mjs --apply          runs the SQL on the remote D1 (wrangler d1 execute --remote)
//   node scripts/first-token.mjs --apply --local  … on the local development database instead
import { spawnSync } from "node:child_process";
import { createHash, randomBytes, randomUUID } from "node:crypto";
import { join } from "node:path";
import { repoRoot } from "./dev-cert.mjs";
import { wranglerEnv } from "./dev-server.mjs";

const args = new Set(process.argv.slice(2));
const label = process.env.SAPA_TOKEN_LABEL ?? "first region token";
const token = `sapa_${randomBytes(32).toString("base64url")}`;
const hash = createHash("sha256").update(token, "utf8").digest("hex");
const id = `tok_${randomUUID().replaceAll("-", "").slice(0, 16)}`;
const now = new Date().toISOString();
const sql = `INSERT INTO tokens (id, hash, role, district, label, created_at, created_by) VALUES ('${id}', '${hash}', 'region', NULL, '${label.replaceAll("'", "''")}', '${now}', 'first-token'); INSERT INTO audit_log (at, token_id, action, detail) VALUES ('${now}', NULL, 'token.create', '{"id":"${id}","role":"region","via":"first-token"}');`;

/** `value` as one word for sh and cmd.exe alike: double quotes, inner ones escaped, where needed. */
const word = (value) => (/^[\w@%+=:,./\\-]+$/.test(value) ? value : `"${value.replaceAll('"', '\\"')}"`);
const workerDir = join(repoRoot, "worker");

if (!args.has("--apply")) {
  // The worker's own directory by its full path: the command works from wherever it is pasted.
  console.log(
    `Region token (shown once, keep it secret):\n  ${token}\n\nStore its hash with:\n  cd ${word(workerDir)} && npx wrangler d1 execute DB --remote --command ${word(sql)}\n`,
  );
  console.log("Or run this script with --apply to do it now.");
  process.exit(0);
}
const where = args.has("--local") ? "--local" : "--remote";
const result = spawnSync(
  process.execPath,
  [
    join(repoRoot, "node_modules", "wrangler", "bin", "wrangler.js"),
    "d1",
    "execute",
    "DB",
    where,
    "--command",
    sql,
    "--yes",
  ],
  { cwd: workerDir, env: wranglerEnv, stdio: ["inherit", "inherit", "inherit"] },
);
if (result.status !== 0) {
  console.error("Storing the token failed (see wrangler's message above); no token was issued.");
  process.exit(1);
}
console.log(`\nRegion token ${id} (shown once, keep it secret):\n  ${token}`);
