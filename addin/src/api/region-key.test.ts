import {
  RegionKeyChanged,
  chooseRegionKey,
  createIinSecret,
  createKeyFile,
  generateRegionKeyPair,
  openSubmission,
  prepareSealedSubmission,
  readRoster,
  rememberAcceptedKey,
  unlockKeyFile,
} from "@sapa/shared";
import { generateRoster } from "@sapa/shared/sample";
import { regionKeyTrustCases } from "@sapa/shared/testing";
import { describe, expect, it } from "vitest";
import { trustedKeyStore } from "./region-key.ts";

function memoryStore() {
  const map = new Map<string, string>();
  return {
    map,
    getItem: (k: string) => map.get(k) ?? null,
    setItem: (k: string, v: string) => void map.set(k, v),
    removeItem: (k: string) => void map.delete(k),
  };
}

// The shared policy's cases against the add-in's storage.
regionKeyTrustCases("the add-in's storage", async () => {
  const store = memoryStore();
  return { open: (server, district) => trustedKeyStore(store, server, district) };
});

const SERVER = "https://localhost:3000";

describe("the pane's trusted key storage", () => {
  it("reads a key an older pane stored per server (the server's whole record) as the trusted key", async () => {
    const store = memoryStore();
    const old = await generateRegionKeyPair();
    const record = {
      keyId: old.keyId,
      publicKey: old.publicKey,
      algorithm: "ECDH-P256",
      createdAt: "2026-05-01T00:00:00.000Z",
      retiredAt: null,
    };
    store.setItem(`sapa.region-key.v1:${SERVER}`, JSON.stringify(record));
    const trusted = trustedKeyStore(store, SERVER, "kobda");
    expect(trusted.read()).toEqual({ keyId: old.keyId, publicKey: old.publicKey });
    const next = await generateRegionKeyPair();
    await expect(chooseRegionKey(trusted, async () => next)).rejects.toBeInstanceOf(RegionKeyChanged);
  });

  it("ignores what is not a key (a damaged entry reads as no key, never as a crash)", () => {
    const store = memoryStore();
    store.setItem(`sapa.region-key.v2:${SERVER}|alga`, "{not json");
    store.setItem(`sapa.region-key.v2:${SERVER}|temir`, JSON.stringify({ keyId: 7 }));
    expect(trustedKeyStore(store, SERVER, "alga").read()).toBeNull();
    expect(trustedKeyStore(store, SERVER, "temir").read()).toBeNull();
  });
});

describe("a changed region key is confirmed before anything is sealed to it", () => {
  it("stops on a changed key, seals nothing, keeps the old key; sealing follows only a confirmation", async () => {
    const store = memoryStore();
    const trusted = trustedKeyStore(store, SERVER, "kobda");
    const oldPair = await generateRegionKeyPair();
    const newPair = await generateRegionKeyPair();
    const oldKey = { keyId: oldPair.keyId, publicKey: oldPair.publicKey };
    const newKey = { keyId: newPair.keyId, publicKey: newPair.publicKey };
    const asOf = "2026-05-31";
    const roster = readRoster(generateRoster({ seed: 11, rows: 40, lang: "kk", district: "kobda" }), {
      asOf,
    });
    const meta = { district: "kobda", year: "2025-2026", asOf, source: { app: "addin" } } as const;
    const sealTo = async (server: typeof oldKey, accept: typeof oldKey | null = null) =>
      (await chooseRegionKey(trusted, async () => server, accept)).key;

    // First submission: sealed to the server's key, trusted once the server accepted it.
    const first = await prepareSealedSubmission(roster, meta, () => sealTo(oldKey));
    expect(first.kind === "ready" && first.submission.encryption.keyId).toBe(oldKey.keyId);
    await rememberAcceptedKey(trusted, oldKey);

    // The server now announces another key: the submission stops with both keys and nothing is sealed.
    let sealedCalls = 0;
    const error = await prepareSealedSubmission(roster, meta, async () => {
      const key = await sealTo(newKey);
      sealedCalls++;
      return key;
    }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(RegionKeyChanged);
    expect((error as RegionKeyChanged).previous.keyId).toBe(oldKey.keyId);
    expect((error as RegionKeyChanged).current.keyId).toBe(newKey.keyId);
    expect(sealedCalls).toBe(0);

    // Confirmed: sealed to the new key, which only the new key's file opens.
    const confirmed = await prepareSealedSubmission(roster, meta, () => sealTo(newKey, newKey));
    if (confirmed.kind !== "ready") throw new Error(confirmed.kind);
    expect(confirmed.submission.encryption.keyId).toBe(newKey.keyId);
    const passphrase = "a test passphrase, twelve+";
    const newFile = await createKeyFile(newPair, passphrase, {
      iinSecret: createIinSecret(),
      iterations: 100_000,
    });
    const opened = await openSubmission(await unlockKeyFile(newFile, passphrase), confirmed.submission);
    const names = opened.map((r) => (r.ok ? r.row.fullName : null));
    expect(names).toEqual(roster.teachers.map((t) => t.fullName));
  });
});
