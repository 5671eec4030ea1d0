import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { generateRoster, readRoster, toSubmissionRows, type DistrictId, type Submission } from "@sapa/shared";
import { getPlatformProxy } from "wrangler";
import { prepareLocalDatabase } from "../../scripts/dev-server.mjs";
import app from "../../worker/src/index.ts";
import type { FetchLike } from "../src/transport.ts";

const CONFIG = fileURLToPath(new URL("../../worker/wrangler.jsonc", import.meta.url));
export const SERVER = "https://sapa.test";
export const YEAR = "2025-2026";
export const AS_OF = "2025-12-01";

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

/** A district's submission as a client builds it from a generated roster without errors. */
export async function makeSubmission(district: DistrictId, rows: number, seed: number): Promise<Submission> {
  const grid = generateRoster({
    seed,
    rows,
    district,
    lang: seed % 2 ? "ru" : "kk",
    year: YEAR,
    asOf: AS_OF,
  });
  const read = readRoster(grid, { asOf: AS_OF });
  return {
    district,
    year: YEAR,
    asOf: AS_OF,
    columns: read.present,
    rows: await toSubmissionRows(read.teachers),
    source: { app: "cli", file: `${district}.xlsx`, version: "test" },
  };
}
