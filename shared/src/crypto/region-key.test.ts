import { describe, expect, it } from "vitest";
import { CryptoError } from "./errors.ts";
import {
  fingerprintOf,
  generateRegionKeyPair,
  importRegionPublicKey,
  keyIdOf,
  rawPublicKey,
} from "./region-key.ts";
import { KeyIdSchema, PublicKeySchema } from "./schemas.ts";
import { toBase64Url } from "./webcrypto.ts";

// A P-256 public key made once; its id and digits were computed independently (Python hashlib).
const KNOWN_KEY = "BDhlqWEpXK0zcNApG4EerSqeHihQtY_FiOSWhIoD5i0NAHe_YEJZmUNvQRSTeYf4fMWVUz_Jp26gDPUvuYrCbbI";

describe("region key pair", () => {
  it("names a known key by a stable id and fingerprint, in hex groups and digit groups", async () => {
    expect(await fingerprintOf(KNOWN_KEY)).toEqual({
      keyId: "0b41183ec3155b6cd7928de32366328b",
      hex: "0b41 183e c315 5b6c d792 8de3 2366 328b",
      digits: "48227 72946 36690 21698 49233 64881",
    });
    expect(await keyIdOf(rawPublicKey(KNOWN_KEY))).toBe("0b41183ec3155b6cd7928de32366328b");
  });

  it("generates a P-256 pair whose id is the hash of its public key and which imports back", async () => {
    const pair = await generateRegionKeyPair();
    expect(PublicKeySchema.safeParse(pair.publicKey).success).toBe(true);
    expect(KeyIdSchema.safeParse(pair.keyId).success).toBe(true);
    expect((await fingerprintOf(pair.publicKey)).keyId).toBe(pair.keyId);
    const imported = await importRegionPublicKey(pair);
    expect(imported.type).toBe("public");
    const other = await generateRegionKeyPair();
    expect(other.keyId).not.toBe(pair.keyId);
  });

  it("refuses a key whose id belongs to another key, a point off the curve, and a wrong length", async () => {
    const a = await generateRegionKeyPair();
    const b = await generateRegionKeyPair();
    await expect(importRegionPublicKey({ keyId: a.keyId, publicKey: b.publicKey })).rejects.toMatchObject({
      code: "public-key-invalid",
    });
    const offCurve = rawPublicKey(KNOWN_KEY).slice();
    offCurve[64] = offCurve[64]! ^ 1;
    await expect(
      importRegionPublicKey({ keyId: await keyIdOf(offCurve), publicKey: toBase64Url(offCurve) }),
    ).rejects.toBeInstanceOf(CryptoError);
    await expect(fingerprintOf(KNOWN_KEY.slice(0, 40))).rejects.toMatchObject({ code: "public-key-invalid" });
  });
});
