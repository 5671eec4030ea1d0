import { run } from "../src/main.ts";
import type { Io } from "../src/io.ts";

/** What one in-process `sapa` run gave: its exit code and its standard output and error, each joined. */
export interface SapaRun {
  code: number;
  out: string;
  err: string;
}

/**
 * `sapa ARGS` in this process (main's `run`, no child process), its output collected: the tests that talk
 * to a served worker set SAPA_SERVER and SAPA_TOKEN in `env`.
 */
export async function sapaInProcess(
  args: readonly string[],
  io: { env: NodeJS.ProcessEnv; cwd?: string; secretPrompt?: Io["secretPrompt"] },
): Promise<SapaRun> {
  const out: string[] = [];
  const err: string[] = [];
  const code = await run(args, {
    out: (t) => out.push(t),
    err: (t) => err.push(t),
    env: io.env,
    cwd: io.cwd ?? process.cwd(),
    ...(io.secretPrompt ? { secretPrompt: io.secretPrompt } : {}),
  });
  return { code, out: out.join("\n"), err: err.join("\n") };
}
