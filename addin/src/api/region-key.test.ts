import {
  createIinSecret,
  createKeyFile,
  generateRegionKeyPair,
  openSubmission,
  prepareSealedSubmission,
  readRoster,
  unlockKeyFile,
  type RegionKeyPair,
  type RegionKeyRecord,
} from "@sapa/shared";
import { generateRoster } from "@sapa/shared/sample";
import { describe, expect, it } from "vitest";
import { apiError } from "../../test/api-error.ts";
import { RegionKeyChanged, lastRegionKey, regionKeyToSealTo } from "./region-key.ts";

function memoryStore() {
  const map = new Map<string, string>();
  return {
    map,
    getItem: (k: string) => map.get(k) ?? null,
    setItem: (k: string, v: string) => void map.set(k, v),
    removeItem: (k: string) => void map.delete(k),
  };
}

const SERVER = "https://localhost:3000";
const recordOf = (pair: RegionKeyPair): RegionKeyRecord => ({
  keyId: pair.keyId,
  publicKey: pair.publicKey,
  algorithm: "ECDH-P256",
  createdAt: "2026-05-01T00:00:00.000Z",
  retiredAt: null,
});
const record = async (): Promise<RegionKeyRecord> => recordOf(await generateRegionKeyPair());
const serverWith = (key: RegionKeyRecord) => ({ currentKey: async () => key });

describe("regionKeyToSealTo", () => {
  it("takes the server's current key and remembers it per server and district", async () => {
    const store = memoryStore();
    const key = await record();
    const where = { serverUrl: SERVER, district: "temir" } as const;
    expect(await regionKeyToSealTo(serverWith(key), store, where)).toEqual(key);
    expect(lastRegionKey(store, SERVER, "temir")).toEqual(key);
    expect(lastRegionKey(store, SERVER, "alga")).toBeNull();
    expect(lastRegionKey(store, "https://other.example", "temir")).toBeNull();
  });

  it("falls back to the remembered key when the server cannot be asked, never when no key is published", async () => {
    const store = memoryStore();
    const first = await record();
    const where = { serverUrl: SERVER, district: "temir" } as const;
    await regionKeyToSealTo(serverWith(first), store, where);
    const refused = apiError(401, "token-invalid", "refused");
    expect(await regionKeyToSealTo({ currentKey: () => Promise.reject(refused) }, store, where)).toEqual(
      first,
    );
    const missing = apiError(404, "region-key-missing", "no key");
    await expect(regionKeyToSealTo({ currentKey: () => Promise.reject(missing) }, store, where)).rejects.toBe(
      missing,
    );
    // Nothing remembered: the failure is the user's to see.
    await expect(
      regionKeyToSealTo({ currentKey: () => Promise.reject(refused) }, memoryStore(), where),
    ).rejects.toBe(refused);
  });

  it("reads the key remembered per server before districts were told apart", async () => {
    const store = memoryStore();
    const old = await record();
    store.setItem(`sapa.region-key.v1:${SERVER}`, JSON.stringify(old));
    expect(lastRegionKey(store, SERVER, "kobda")).toEqual(old);
    const next = await record();
    await expect(
      regionKeyToSealTo(serverWith(next), store, { serverUrl: SERVER, district: "kobda" }),
    ).rejects.toBeInstanceOf(RegionKeyChanged);
  });
});

describe("a changed region key is confirmed before anything is sealed to it", () => {
  it("stops on a changed key, seals nothing, keeps the old key; sealing follows only a confirmation", async () => {
    const store = memoryStore();
    const where = { serverUrl: SERVER, district: "kobda" } as const;
    const oldPair = await generateRegionKeyPair();
    const newPair = await generateRegionKeyPair();
    const oldKey = recordOf(oldPair);
    const newKey = recordOf(newPair);
    const asOf = "2026-05-31";
    const roster = readRoster(generateRoster({ seed: 11, rows: 40, lang: "kk", district: "kobda" }), {
      asOf,
    });
    const meta = { district: "kobda", year: "2025-2026", asOf, source: { app: "addin" } } as const;

    // First submission: the key is trusted and remembered.
    const first = await prepareSealedSubmission(roster, meta, () =>
      regionKeyToSealTo(serverWith(oldKey), store, where),
    );
    expect(first.kind === "ready" && first.submission.encryption.keyId).toBe(oldKey.keyId);

    // The server now announces another key: the submission stops with both keys and nothing is sealed.
    let sealedCalls = 0;
    const stopped = prepareSealedSubmission(roster, meta, async () => {
      const key = await regionKeyToSealTo(serverWith(newKey), store, where);
      sealedCalls++;
      return key;
    });
    const error = await stopped.catch((e: unknown) => e);
    expect(error).toBeInstanceOf(RegionKeyChanged);
    expect((error as RegionKeyChanged).previous.keyId).toBe(oldKey.keyId);
    expect((error as RegionKeyChanged).current.keyId).toBe(newKey.keyId);
    expect(sealedCalls).toBe(0);
    // Cancelling is doing nothing more: the old key is still the one remembered, so asking again stops again.
    expect(lastRegionKey(store, SERVER, "kobda")?.keyId).toBe(oldKey.keyId);
    await expect(regionKeyToSealTo(serverWith(newKey), store, where)).rejects.toBeInstanceOf(
      RegionKeyChanged,
    );
    // Confirming another key id than the server's does not let it through.
    await expect(
      regionKeyToSealTo(serverWith(newKey), store, { ...where, accepted: oldKey.keyId }),
    ).rejects.toBeInstanceOf(RegionKeyChanged);

    // Confirmed: sealed to the new key, which only the new key's file opens; then remembered.
    const confirmed = await prepareSealedSubmission(roster, meta, () =>
      regionKeyToSealTo(serverWith(newKey), store, { ...where, accepted: newKey.keyId }),
    );
    if (confirmed.kind !== "ready") throw new Error(confirmed.kind);
    expect(confirmed.submission.encryption.keyId).toBe(newKey.keyId);
    expect(lastRegionKey(store, SERVER, "kobda")?.keyId).toBe(newKey.keyId);
    const passphrase = "a test passphrase, twelve+";
    const newFile = await createKeyFile(newPair, passphrase, {
      iinSecret: createIinSecret(),
      iterations: 100_000,
    });
    const opened = await openSubmission(await unlockKeyFile(newFile, passphrase), confirmed.submission);
    expect(opened.filter((r) => r.ok)).toHaveLength(roster.teachers.length);
    const names = opened.map((r) => (r.ok ? r.row.fullName : null));
    expect(names).toEqual(roster.teachers.map((t) => t.fullName));
    // The next submission to the same key asks nothing.
    expect(await regionKeyToSealTo(serverWith(newKey), store, where)).toEqual(newKey);
  });
});
