import { generateRegionKeyPair, type RegionKeyRecord } from "@sapa/shared";
import { describe, expect, it } from "vitest";
import { apiError } from "../../test/api-error.ts";
import { lastRegionKey, regionKeyToSealTo } from "./region-key.ts";

function memoryStore() {
  const map = new Map<string, string>();
  return {
    getItem: (k: string) => map.get(k) ?? null,
    setItem: (k: string, v: string) => void map.set(k, v),
    removeItem: (k: string) => void map.delete(k),
  };
}

const SERVER = "https://localhost:3000";
const record = async (): Promise<RegionKeyRecord> => {
  const { keyId, publicKey } = await generateRegionKeyPair();
  return { keyId, publicKey, algorithm: "ECDH-P256", createdAt: "2026-05-01T00:00:00.000Z", retiredAt: null };
};

describe("regionKeyToSealTo", () => {
  it("takes the server's current key and remembers it per server", async () => {
    const store = memoryStore();
    const key = await record();
    expect(await regionKeyToSealTo({ currentKey: async () => key }, store, SERVER)).toEqual(key);
    expect(lastRegionKey(store, SERVER)).toEqual(key);
    expect(lastRegionKey(store, "https://other.example")).toBeNull();
  });

  it("falls back to the remembered key when the server cannot be asked, never when no key is published", async () => {
    const store = memoryStore();
    const first = await record();
    await regionKeyToSealTo({ currentKey: async () => first }, store, SERVER);
    const refused = apiError(401, "token-invalid", "refused");
    expect(await regionKeyToSealTo({ currentKey: () => Promise.reject(refused) }, store, SERVER)).toEqual(
      first,
    );
    const missing = apiError(404, "region-key-missing", "no key");
    await expect(
      regionKeyToSealTo({ currentKey: () => Promise.reject(missing) }, store, SERVER),
    ).rejects.toBe(missing);
    // Nothing remembered: the failure is the user's to see.
    await expect(
      regionKeyToSealTo({ currentKey: () => Promise.reject(refused) }, memoryStore(), SERVER),
    ).rejects.toBe(refused);
  });
});
