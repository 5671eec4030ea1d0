import { execFileSync } from "node:child_process";
import { createHash } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, describe, expect, it } from "vitest";
import { prepareLocalDatabase, wranglerEnv } from "../../scripts/dev-server.mjs";

// docs/DEPLOY.md, step 3: without --apply, `npm run token:first` prints the token and the exact wrangler
// command that stores its hash, to run yourself. The regional IT person pastes it wherever their shell is
// (DEPLOY.md's commands run from worker/), so it is run here from an unrelated directory, against a local
// D1 instead of the remote one.

const root = fileURLToPath(new URL("../../", import.meta.url));
const persistDir = mkdtempSync(join(tmpdir(), "sapa-first-token-"));
const elsewhere = mkdtempSync(join(tmpdir(), "sapa-elsewhere-"));
afterAll(() => {
  rmSync(persistDir, { recursive: true, force: true });
  rmSync(elsewhere, { recursive: true, force: true });
});

const wrangler = (args: string[]) =>
  execFileSync(process.execPath, [join(root, "node_modules/wrangler/bin/wrangler.js"), ...args], {
    cwd: join(root, "worker"),
    env: wranglerEnv,
    encoding: "utf8",
  });

describe("npm run token:first without --apply", () => {
  it("prints a region token and a command that stores its hash from any directory", async () => {
    await prepareLocalDatabase(persistDir, { publishDevKey: false });
    const printed = execFileSync(process.execPath, [join(root, "scripts/first-token.mjs")], {
      cwd: elsewhere,
      encoding: "utf8",
    });
    const lines = printed.split("\n").map((l) => l.trim());
    const token = lines[lines.indexOf("Region token (shown once, keep it secret):") + 1]!;
    expect(token).toMatch(/^sapa_[\w-]{43}$/);
    const command = lines.find((l) => l.includes("wrangler d1 execute DB --remote"))!;
    const id = /'(tok_[0-9a-f]{16})'/.exec(command)![1]!;

    execFileSync("sh", ["-c", command.replace("--remote", `--local --persist-to ${persistDir} --yes`)], {
      cwd: elsewhere,
      env: wranglerEnv,
      stdio: "pipe",
    });

    const [result] = JSON.parse(
      wrangler([
        "d1",
        "execute",
        "DB",
        "--local",
        "--persist-to",
        persistDir,
        "--json",
        "--command",
        `SELECT hash, role, district FROM tokens WHERE id = '${id}'`,
      ]),
    ) as { results: { hash: string; role: string; district: string | null }[] }[];
    expect(result!.results).toEqual([
      { hash: createHash("sha256").update(token).digest("hex"), role: "region", district: null },
    ]);
  });
});
