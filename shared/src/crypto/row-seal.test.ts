import { beforeAll, describe, expect, it } from "vitest";
import { readRoster } from "../roster/roster.ts";
import { generateRoster } from "../../sample/roster.ts";
import type { Submission } from "../api/schemas.ts";
import { toSubmissionRows } from "../submission/submission-rows.ts";
import { CryptoError } from "./errors.ts";
import { createIinSecret } from "./iin-key.ts";
import { createKeyFile, unlockKeyFile, type UnlockedRegionKey } from "./key-file.ts";
import { generateRegionKeyPair } from "./region-key.ts";
import { openSubmission, sealSubmission } from "./row-seal.ts";
import {
  EncryptedSubmissionSchema,
  KeyFileSchema,
  ROW_SEAL_SCHEME,
  ROW_SEAL_SCHEME_V1,
  type EncryptedSubmission,
} from "./schemas.ts";
import fixtureV1 from "../../testing/sealed-v1.json" with { type: "json" };
import { fromBase64Url, toBase64Url, utf8 } from "./webcrypto.ts";

const PASSPHRASE = "dev passphrase for tests only";

async function regionKey(iinSecret = createIinSecret()): Promise<UnlockedRegionKey> {
  const pair = await generateRegionKeyPair();
  const file = await createKeyFile(pair, PASSPHRASE, { iinSecret, iterations: 100_000 });
  return unlockKeyFile(file, PASSPHRASE);
}

async function submission(rows: number, seed: number): Promise<Submission> {
  const asOf = "2025-12-01";
  const grid = generateRoster({ seed, rows, district: "alga", lang: "kk", year: "2025-2026", asOf });
  const read = readRoster(grid, { asOf });
  return {
    district: "alga",
    year: "2025-2026",
    asOf,
    columns: read.present,
    rows: await toSubmissionRows(read.teachers),
  };
}

const opened = (results: Awaited<ReturnType<typeof openSubmission>>) =>
  results.map((r) => (r.ok ? r.row : { tampered: r.row }));

let key: UnlockedRegionKey;
let clear: Submission;
let sealed: EncryptedSubmission;

beforeAll(async () => {
  key = await regionKey();
  clear = await submission(60, 7);
  sealed = await sealSubmission(clear, key);
});

describe("row sealing", () => {
  it("round-trips every row, and the wire form holds no name and no ИИН key", async () => {
    expect(clear.rows.length).toBe(60);
    expect(clear.rows.every((r) => r.iinKey !== null)).toBe(true);
    expect(EncryptedSubmissionSchema.parse(sealed)).toEqual(sealed);
    expect(sealed.encryption.keyId).toBe(key.keyId);
    const wire = JSON.stringify(sealed);
    for (const row of clear.rows) {
      expect(wire).not.toContain(row.fullName);
      expect(wire).not.toContain(row.iinKey!);
    }
    expect(opened(await openSubmission(key, sealed))).toEqual(clear.rows);
    // The encrypted wire shape has no room for a clear name or ИИН key.
    const withName = { ...sealed, rows: [{ ...sealed.rows[0]!, fullName: clear.rows[0]!.fullName }] };
    expect(EncryptedSubmissionSchema.safeParse(withName).success).toBe(false);
  });

  it("keeps the clear part as sent, so the server measures the same rows", () => {
    const { fullName: _n, iinKey: _k, ...first } = clear.rows[0]!;
    expect(sealed.rows[0]).toMatchObject(first);
    expect(Object.keys(sealed.rows[0]!)).not.toContain("fullName");
  });

  it("pads identities: names of different lengths give ciphertexts of the same length", () => {
    const lengths = new Set(sealed.rows.map((r) => fromBase64Url(r.identity)!.length));
    // 12-byte IV + padded plaintext (multiples of 64) + 16-byte tag.
    for (const n of lengths) expect((n - 28) % 64).toBe(0);
    expect(lengths.size).toBeLessThan(new Set(clear.rows.map((r) => r.fullName.length)).size);
  });

  it("packs an identity in bytes (v2): a name and its key take 128 bytes sealed in 156, 208 characters", () => {
    expect(sealed.encryption.scheme).toBe(ROW_SEAL_SCHEME);
    // 3 + 32 + the name's UTF-8 fit in 128 bytes for names up to 93 bytes (46 Cyrillic letters).
    const fitting = sealed.rows.filter((_, i) => utf8(clear.rows[i]!.fullName).length <= 93);
    expect(fitting.length).toBe(60);
    for (const r of fitting) expect(r.identity).toHaveLength(208);
  });

  it("a row without an ИИН key, and a name of any length, open as they were sealed", async () => {
    const rows = clear.rows.slice(0, 3).map((r) => ({ ...r }));
    rows[0]!.iinKey = null;
    rows[1]!.fullName = "Ә".repeat(200);
    rows[2]!.fullName = "";
    const odd = { ...clear, rows };
    const sealedOdd = await sealSubmission(odd, key);
    expect(opened(await openSubmission(key, sealedOdd))).toEqual(rows);
    expect(fromBase64Url(sealedOdd.rows[1]!.identity)!.length).toBe(12 + 448 + 16);
  });

  it("still opens a submission sealed by the first scheme (v1), which the server still accepts", async () => {
    const v1 = fixtureV1 as { passphrase: string; keyFile: unknown; clear: Submission; sealed: unknown };
    const sealedV1 = EncryptedSubmissionSchema.parse(v1.sealed);
    expect(sealedV1.encryption.scheme).toBe(ROW_SEAL_SCHEME_V1);
    const keyV1 = await unlockKeyFile(KeyFileSchema.parse(v1.keyFile), v1.passphrase);
    const rows = opened(await openSubmission(keyV1, sealedV1));
    expect(rows).toEqual(v1.clear.rows);
    expect(rows.map((r) => ("iinKey" in r ? r.iinKey : "tampered"))).toContain(null);
    // The scheme is bound to every row: relabelled v2, a v1 submission does not open.
    const relabelled: EncryptedSubmission = {
      ...sealedV1,
      encryption: { ...sealedV1.encryption, scheme: ROW_SEAL_SCHEME },
    };
    expect((await openSubmission(keyV1, relabelled)).every((r) => !r.ok)).toBe(true);
  });

  it("opening with another region key is a typed wrong-key error naming the key it needs", async () => {
    const other = await regionKey();
    const error = await openSubmission(other, sealed).catch((e: unknown) => e);
    expect(error).toMatchObject({ code: "wrong-key", details: { expectedKeyId: key.keyId } });
    // The message names that key's id in every language, not the placeholder.
    for (const lang of ["kk", "ru", "en"] as const) {
      expect((error as CryptoError).messageIn(lang)).toContain(key.keyId);
      expect((error as CryptoError).messageIn(lang)).not.toContain("{");
    }
    // Relabelling the header with the other key's id does not help: nothing opens.
    const relabelled = { ...sealed, encryption: { ...sealed.encryption, keyId: other.keyId } };
    const results = await openSubmission(other, relabelled);
    expect(results.every((r) => !r.ok)).toBe(true);
  });

  it("an altered ciphertext fails for that row only; the other rows still open", async () => {
    const rows = sealed.rows.map((r) => ({ ...r }));
    const bytes = fromBase64Url(rows[3]!.identity)!;
    bytes[20] = bytes[20]! ^ 0x01;
    rows[3]!.identity = toBase64Url(bytes);
    const results = await openSubmission(key, { ...sealed, rows });
    expect(results.filter((r) => !r.ok)).toEqual([{ ok: false, row: clear.rows[3]!.row, code: "tampered" }]);
    expect(results.filter((r) => r.ok)).toHaveLength(59);
  });

  it("a ciphertext moved to another row, or a row whose clear part changed, does not open", async () => {
    const rows = sealed.rows.map((r) => ({ ...r }));
    [rows[0]!.identity, rows[1]!.identity] = [rows[1]!.identity, rows[0]!.identity];
    rows[5]!.category = rows[5]!.category === "master" ? "pedagog" : "master";
    const results = await openSubmission(key, { ...sealed, rows });
    expect(results.map((r, i) => (r.ok ? null : i)).filter((i) => i !== null)).toEqual([0, 1, 5]);
  });

  it("a submission moved to another district or year does not open", async () => {
    for (const moved of [
      { ...sealed, district: "temir" as const },
      { ...sealed, year: "2026-2027" },
    ]) {
      const results = await openSubmission(key, moved);
      expect(results.every((r) => !r.ok)).toBe(true);
    }
  });

  it("tags equal ИИН keys equally within a submission (the server's duplicate check) and differently across submissions", async () => {
    const withDuplicate = {
      ...clear,
      rows: clear.rows.map((r, i) => (i === 9 ? { ...r, iinKey: clear.rows[2]!.iinKey } : r)),
    };
    const first = await sealSubmission(withDuplicate, key);
    const second = await sealSubmission(withDuplicate, key);
    expect(first.rows[9]!.iinTag).toBe(first.rows[2]!.iinTag);
    expect(new Set(first.rows.map((r) => r.iinTag)).size).toBe(59);
    expect(second.rows[2]!.iinTag).not.toBe(first.rows[2]!.iinTag);
    expect(second.encryption.ephemeralPublicKey).not.toBe(first.encryption.ephemeralPublicKey);
  });

  it("rotation: old submissions open with the old key, new ones with the new key, each refuses the other", async () => {
    const rotated = await regionKey(key.iinSecret);
    expect(rotated.iinSecret).toBe(key.iinSecret);
    const fresh = await sealSubmission(clear, rotated);
    expect(opened(await openSubmission(rotated, fresh))).toEqual(clear.rows);
    expect(opened(await openSubmission(key, sealed))).toEqual(clear.rows);
    await expect(openSubmission(key, fresh)).rejects.toMatchObject({ code: "wrong-key" });
    await expect(openSubmission(rotated, sealed)).rejects.toMatchObject({ code: "wrong-key" });
  });

  it("refuses to seal to a key whose id does not match it (a swapped server key)", async () => {
    const other = await generateRegionKeyPair();
    await expect(
      sealSubmission(clear, { keyId: key.keyId, publicKey: other.publicKey }),
    ).rejects.toMatchObject({
      code: "public-key-invalid",
    });
  });
});
