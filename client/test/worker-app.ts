import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { sealSubmission, type EncryptedSubmission, type Submission } from "@sapa/shared";
import { getPlatformProxy } from "wrangler";
import { ensureDevRegionKey } from "../../scripts/dev-key.mjs";
import { prepareLocalDatabase } from "../../scripts/dev-server.mjs";
import app from "../../worker/src/index.ts";
import type { FetchLike } from "../src/transport.ts";

const CONFIG = fileURLToPath(new URL("../../worker/wrangler.jsonc", import.meta.url));
export const SERVER = "https://sapa.test";
// Submissions as a client builds them from a generated roster: the worker tests' own fixture.
import { makeSubmission } from "../../worker/test/fixtures.ts";
export { YEAR, makeSubmission } from "../../worker/test/fixtures.ts";

/** A clear submission sealed to the development region key (the one the dev seed publishes). */
export async function sealedForDev(body: Submission): Promise<EncryptedSubmission> {
  return sealSubmission(body, await ensureDevRegionKey());
}

/** makeSubmission sealed to the development region key, ready for client.submit. */
export async function makeSealedSubmission(
  district: Submission["district"],
  rows: number,
  seed: number,
): Promise<EncryptedSubmission> {
  return sealedForDev(await makeSubmission(district, rows, seed));
}

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
