import {
  compareAttestation,
  createIinSecret,
  createKeyFile,
  fromEncryptedSubmissionRows,
  fromSubmissionRows,
  generateRegionKeyPair,
  isSealedName,
  prepareSubmission,
  readRoster,
  sealSubmission,
  summarise,
  unlockKeyFile,
  type DistrictId,
  type StoredRows,
  type UnlockedRegionKey,
} from "@sapa/shared";
import { generateRoster } from "@sapa/shared/sample";
import { beforeAll, describe, expect, it } from "vitest";
import { openReportNames } from "./open-report-names.ts";

const asOf = "2026-05-31";
const year = "2025-2026";
const PASSPHRASE = "region passphrase for tests";

async function unlockedKey(): Promise<UnlockedRegionKey> {
  const pair = await generateRegionKeyPair();
  const file = await createKeyFile(pair, PASSPHRASE, { iinSecret: createIinSecret(), iterations: 100_000 });
  return unlockKeyFile(file, PASSPHRASE);
}

let current: UnlockedRegionKey;
let older: UnlockedRegionKey;
beforeAll(async () => {
  [current, older] = await Promise.all([unlockedKey(), unlockedKey()]);
});

/** One district's roster sealed to `key`: the stored rows, the server's list (placeholders), the clear list. */
async function district(district: DistrictId, seed: number, key: UnlockedRegionKey) {
  const read = readRoster(generateRoster({ seed, rows: 120, lang: "kk", district, asOf }), { asOf });
  const prepared = await prepareSubmission(read, { district, year, asOf, source: { app: "cli" } });
  if (prepared.kind !== "ready") throw new Error(prepared.kind);
  const sealed = await sealSubmission(prepared.submission, key);
  const options = { asOf, year, district };
  const stored: StoredRows = { ...sealed, id: `${district}-1`, revision: 1 };
  return {
    stored,
    onServer: summarise(fromEncryptedSubmissionRows(sealed.rows), { ...options, present: sealed.columns })
      .attestationDue,
    clear: summarise(fromSubmissionRows(prepared.submission.rows), { ...options, present: sealed.columns })
      .attestationDue,
  };
}

describe("openReportNames", () => {
  it("opens the names sealed to the open key and leaves a rotated-out key's district sealed, saying which", async () => {
    const martuk = await district("martuk", 41, current);
    const kobda = await district("kobda", 42, older);
    const stored = new Map([martuk.stored, kobda.stored].map((s) => [s.id, s]));
    const asked: string[] = [];
    const source = {
      submissions: async (d: DistrictId) => {
        asked.push(d);
        return { submissions: [{ id: `${d}-1`, revision: 1 }] };
      },
      storedRows: async (id: string) => stored.get(id)!,
    };
    const attestation = [...martuk.onServer, ...kobda.onServer].sort(compareAttestation);
    expect(martuk.onServer.length).toBeGreaterThan(5);
    expect(kobda.onServer.length).toBeGreaterThan(5);

    const names = await openReportNames(
      source,
      {
        figures: {
          year,
          districts: [
            { district: "martuk", revision: 1 },
            { district: "kobda", revision: 1 },
          ],
        },
        attestation,
      },
      current,
    );
    expect(asked).toEqual(["martuk", "kobda"]);
    expect([names.opened, names.failed]).toEqual([120, 0]);
    expect([...names.otherKeys]).toEqual([[older.keyId, ["kobda"]]]);
    expect(names.attestation.filter((e) => e.district === "martuk")).toEqual(martuk.clear);
    const kobdaEntries = names.attestation.filter((e) => e.district === "kobda");
    expect(kobdaEntries).toHaveLength(kobda.onServer.length);
    expect(kobdaEntries.every((e) => isSealedName(e.fullName))).toBe(true);

    // One stored row damaged on the server: counted as not opened, every other name still opens.
    const damaged = { ...martuk.stored, rows: [{ row: 5, identity: "x" }, ...martuk.stored.rows.slice(1)] };
    stored.set(damaged.id, damaged);
    const again = await openReportNames(
      source,
      { figures: { year, districts: [{ district: "martuk", revision: 1 }] }, attestation: martuk.onServer },
      current,
    );
    expect([again.opened, again.failed]).toEqual([119, 1]);
  });
});
