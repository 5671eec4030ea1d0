import { spawn } from "node:child_process";
import { fileURLToPath } from "node:url";
import { iinCheckDigit } from "@sapa/shared";

/** The real launcher, as `npx sapa` runs it. */
export const SAPA_BIN = fileURLToPath(new URL("../bin/sapa.js", import.meta.url));

export interface CliResult {
  code: number | null;
  stdout: string;
  stderr: string;
}

/**
 * Runs `node cli/bin/sapa.js ...args` as a child process and collects its output. A run still going after
 * `timeoutMs` is killed and rejects naming the command and what it printed, so a hang shows which command
 * hung instead of a bare test timeout.
 */
export function runCli(
  args: readonly string[],
  options: { env?: NodeJS.ProcessEnv; cwd?: string; timeoutMs?: number } = {},
): Promise<CliResult> {
  const timeoutMs = options.timeoutMs ?? 45_000;
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [SAPA_BIN, ...args], {
      cwd: options.cwd ?? process.cwd(),
      env: { ...process.env, NO_COLOR: "1", ...options.env },
      stdio: ["ignore", "pipe", "pipe"],
    });
    let stdout = "";
    let stderr = "";
    child.stdout.setEncoding("utf8").on("data", (chunk: string) => (stdout += chunk));
    child.stderr.setEncoding("utf8").on("data", (chunk: string) => (stderr += chunk));
    const timer = setTimeout(() => {
      child.kill("SIGKILL");
      reject(
        new Error(
          `sapa ${args.join(" ")} still running after ${timeoutMs} ms:\n${stdout}\n${stderr}`.trimEnd(),
        ),
      );
    }, timeoutMs);
    child.on("error", (error) => {
      clearTimeout(timer);
      reject(error);
    });
    child.on("close", (code) => {
      clearTimeout(timer);
      resolve({ code, stdout, stderr });
    });
  });
}

/** A valid 12-digit ИИН for an 11-digit prefix (the prefix must admit a check digit). */
export function validIin(first11: string): string {
  const check = iinCheckDigit(first11);
  if (check === null) throw new Error(`no valid ИИН starts with ${first11}`);
  return first11 + String(check);
}

/** Matches a printed stack trace ("    at fn (file:line:col)"). */
export const STACK_TRACE = /^\s+at .+:\d+:\d+\)?$/m;
