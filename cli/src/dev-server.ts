import { spawn } from "node:child_process";
import { fileURLToPath } from "node:url";

/** `npm start`'s script at the repository root: the demo runs it as a child process, never imports it. */
export const START_SCRIPT = fileURLToPath(new URL("../../scripts/start.mjs", import.meta.url));

/** A local server this process started: where it answers, and how to stop it (and only it). */
export interface LocalServer {
  pid: number;
  stop(): Promise<void>;
}

/**
 * Runs `node scripts/start.mjs` (what `npm start` runs) on `port` and resolves once `answers()` is true.
 * Rejects with the script's last words when it exits first, or after `timeoutMs`.
 */
export async function startLocalServer(options: {
  port: number;
  env: NodeJS.ProcessEnv;
  answers: () => Promise<boolean>;
  timeoutMs?: number;
}): Promise<LocalServer> {
  const child = spawn(process.execPath, [START_SCRIPT], {
    env: { ...options.env, PORT: String(options.port) },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  const keep = (chunk: Buffer) => (output = (output + chunk.toString()).slice(-4000));
  child.stdout.on("data", keep);
  child.stderr.on("data", keep);
  let exited = false;
  const exit = new Promise<void>((resolve) => {
    child.once("exit", () => {
      exited = true;
      resolve();
    });
    child.once("error", (error) => {
      keep(Buffer.from(error.message));
      exited = true;
      resolve();
    });
  });
  // start.mjs stops its own wrangler on SIGTERM; SIGKILL only if it does not finish in time.
  const stop = async () => {
    if (exited) return;
    child.kill("SIGTERM");
    const timer = setTimeout(() => child.kill("SIGKILL"), 20_000);
    await exit;
    clearTimeout(timer);
  };
  const deadline = Date.now() + (options.timeoutMs ?? 180_000);
  for (;;) {
    if (exited) throw new Error(lastLine(output) || "npm start exited");
    if (await options.answers()) return { pid: child.pid!, stop };
    if (Date.now() > deadline) {
      await stop();
      throw new Error(`no answer within ${Math.round((options.timeoutMs ?? 180_000) / 1000)} s`);
    }
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
}

function lastLine(text: string): string {
  return (
    text
      .split("\n")
      .map((line) => line.trim())
      .filter(Boolean)
      .at(-1) ?? ""
  );
}
