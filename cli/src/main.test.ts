import { spawn } from "node:child_process";
import { describe, expect, it } from "vitest";
import { SAPA_BIN, STACK_TRACE } from "../test/run-cli.ts";

/** Runs `sapa args…` with its output read by nobody: the pipe is closed before the first byte, as `| head` does. */
function runWithClosedStdout(args: string[]): Promise<{ code: number | null; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [SAPA_BIN, ...args], { stdio: ["ignore", "pipe", "pipe"] });
    child.stdout.destroy();
    let stderr = "";
    child.stderr.setEncoding("utf8").on("data", (chunk: string) => (stderr += chunk));
    child.on("error", reject);
    child.on("close", (code) => resolve({ code, stderr }));
  });
}

describe("sapa piped into a reader that stops early", () => {
  it("ends without a stack trace and with its own exit status", async () => {
    const help = await runWithClosedStdout(["--help"]);
    expect(help.stderr).not.toMatch(STACK_TRACE);
    expect(help.stderr).not.toContain("EPIPE");
    expect(help.code).toBe(0);
    const usage = await runWithClosedStdout(["check", "--lang", "en"]);
    expect(usage.stderr).toContain("No file given");
    expect(usage.code).toBe(2);
  });
});
