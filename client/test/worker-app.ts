import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { getPlatformProxy } from "wrangler";
import { prepareLocalDatabase } from "../../scripts/dev-server.mjs";
import app from "../../worker/src/index.ts";
import type { FetchLike } from "../src/transport.ts";

const CONFIG = fileURLToPath(new URL("../../worker/wrangler.jsonc", import.meta.url));
export const SERVER = "https://sapa.test";
// Submissions as a client builds them from a generated roster: the worker tests' own fixture.
export { YEAR, makeSubmission } from "../../worker/test/fixtures.ts";

/** The real worker app, in this process, on a real local D1 (migrated and seeded with the dev tokens). */
export interface WorkerApp {
  fetch: FetchLike;
  stop(): Promise<void>;
}

/** Starts the worker app in-process: Hono's own fetch with D1 from wrangler's platform proxy (workerd). */
export async function startWorkerApp(): Promise<WorkerApp> {
  const dir = await mkdtemp(join(tmpdir(), "sapa-client-"));
  await prepareLocalDatabase(dir);
  const proxy = await getPlatformProxy<{ DB: D1Database }>({
    configPath: CONFIG,
    persist: { path: join(dir, "v3") },
  });
  const env = { DB: proxy.env.DB };
  return {
    fetch: async (input, init) => app.fetch(new Request(input, init), env),
    async stop() {
      await proxy.dispose();
      await rm(dir, { recursive: true, force: true });
    },
  };
}
