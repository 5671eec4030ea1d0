import { generateRegionKeyPair } from "@sapa/shared";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ensureDevRegionKey } from "../../scripts/dev-key.mjs";
import { ApiError } from "../src/api-error.ts";
import { createSapaClient } from "../src/sapa-client.ts";
import { SERVER, startWorkerApp, type WorkerApp } from "./worker-app.ts";

let worker: WorkerApp;
beforeAll(async () => {
  worker = await startWorkerApp();
});
afterAll(async () => worker?.stop());

const clientAs = (token: string) =>
  createSapaClient({ server: SERVER, token, lang: "kk", fetch: (i, init) => worker.fetch(i, init) });

describe("publishKey against the worker app", () => {
  it("publishes the region's new key, which becomes the current one for every caller; a district may not publish", async () => {
    const dev = await ensureDevRegionKey();
    const region = clientAs("dev-region");
    expect((await region.currentKey()).keyId).toBe(dev.keyId);
    const pair = await generateRegionKeyPair();

    const refused = await clientAs("dev-alga")
      .publishKey(pair)
      .catch((e: unknown) => e);
    expect(refused).toBeInstanceOf(ApiError);
    expect((refused as ApiError).status).toBe(403);
    expect((await region.currentKey()).keyId).toBe(dev.keyId);

    const published = await region.publishKey(pair);
    expect([published.keyId, published.publicKey, published.retiredAt]).toEqual([
      pair.keyId,
      pair.publicKey,
      null,
    ]);
    expect(await clientAs("dev-alga").currentKey()).toEqual(published);
    // Publishing the same key again changes nothing.
    expect(await region.publishKey(pair)).toEqual(published);
  });
});
