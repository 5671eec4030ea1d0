import { execFileSync } from "node:child_process";
import { chmodSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, describe, expect, it } from "vitest";

// The README runs some workspace scripts through the root's with arguments (`npm run bench:worker --
// --quick`). npm appends those to the root script's command; a root script that calls another npm run
// without its own `--` hands them to that npm as its settings, and the bench never sees them (npm only warns
// "Unknown cli config"). npm runs every script through a shell that this test replaces: npm commands run,
// anything else is only printed, so the test sees the command the workspace would have run.

const root = fileURLToPath(new URL("../../", import.meta.url));
const dir = mkdtempSync(join(tmpdir(), "sapa-scripts-"));
const shell = join(dir, "print-shell.sh");
writeFileSync(
  shell,
  [
    "#!/bin/sh",
    'case "$2" in',
    '  npm\\ *) exec /bin/sh -c "$2" ;;',
    "  *) printf 'RAN: %s\\n' \"$2\" ;;",
    "esac",
    "",
  ].join("\n"),
);
chmodSync(shell, 0o755);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** The commands `npm run script -- ...args` ends up running, as the workspace's script would run them. */
function commandsOf(script: string, args: string[]): string[] {
  const out = execFileSync("npm", ["run", script, "--silent", `--script-shell=${shell}`, "--", ...args], {
    cwd: root,
    encoding: "utf8",
    env: { ...process.env, npm_config_script_shell: shell },
  });
  return out
    .split("\n")
    .filter((line) => line.startsWith("RAN: "))
    .map((line) => line.slice("RAN: ".length));
}

describe("root scripts pass the README's arguments on", () => {
  it("npm run bench:worker -- --quick reaches the worker's bench", () => {
    expect(commandsOf("bench:worker", ["--quick"])).toEqual([
      "node --import tsx bench/worker.bench.mjs --quick",
    ]);
  });

  it("npm run manifest -- URL reaches the add-in's manifest writer", () => {
    const [command] = commandsOf("manifest", ["https://sapa.example.workers.dev"]);
    expect(command).toMatch(/ https:\/\/sapa\.example\.workers\.dev$/);
  });
});
