import { beforeAll, describe, expect, it } from "vitest";
import { createIinSecret } from "../crypto/iin-key.ts";
import { createKeyFile, unlockKeyFile, type UnlockedRegionKey } from "../crypto/key-file.ts";
import { generateRegionKeyPair } from "../crypto/region-key.ts";
import { sealSubmission } from "../crypto/row-seal.ts";
import { CryptoError } from "../crypto/errors.ts";
import { openNames, openStoredRows, withOpenedNames } from "./open-lists.ts";
import { prepareSubmission } from "./prepare-submission.ts";
import { attestationListTable } from "../present/report-tables.ts";
import { readRoster } from "../roster/roster.ts";
import { generateRoster } from "../../sample/roster.ts";
import { fromEncryptedSubmissionRows, isSealedName, sealedRowOf } from "./sealed-rows.ts";
import { fromSubmissionRows } from "./submission-rows.ts";
import { summarise } from "../figures/summary.ts";

const asOf = "2026-05-31";
const options = { asOf, year: "2025-2026", district: "martuk" } as const;
let key: UnlockedRegionKey;

beforeAll(async () => {
  const pair = await generateRegionKeyPair();
  const file = await createKeyFile(pair, "region passphrase for tests", {
    iinSecret: createIinSecret(),
    iterations: 100_000,
  });
  key = await unlockKeyFile(file, "region passphrase for tests");
});

async function sealedRoster(seed: number, rows: number) {
  const read = readRoster(generateRoster({ seed, rows, lang: "kk", district: "martuk", asOf }), { asOf });
  const prepared = await prepareSubmission(read, { ...options, source: { app: "cli" } });
  if (prepared.kind !== "ready") throw new Error(prepared.kind);
  return { clear: prepared.submission, sealed: await sealSubmission(prepared.submission, key) };
}

describe("the region opens the attestation list", () => {
  it("gets back the same names in the same order as from the clear rows", async () => {
    const { clear, sealed } = await sealedRoster(31, 400);
    const onServer = summarise(fromEncryptedSubmissionRows(sealed.rows), {
      ...options,
      present: sealed.columns,
    }).attestationDue;
    const expected = summarise(fromSubmissionRows(clear.rows), {
      ...options,
      present: clear.columns,
    }).attestationDue;
    expect(onServer.length).toBeGreaterThan(20);
    expect(onServer.every((e) => isSealedName(e.fullName))).toBe(true);
    const opened = await openNames(key, sealed);
    expect([opened.names.size, opened.failed]).toEqual([400, 0]);
    expect(withOpenedNames(onServer, new Map([["martuk", opened]]))).toEqual(expected);
  });

  it("without a key says 'encrypted' in every language, and nothing else changes", async () => {
    const { sealed } = await sealedRoster(32, 60);
    const entries = summarise(fromEncryptedSubmissionRows(sealed.rows), {
      ...options,
      present: sealed.columns,
    }).attestationDue;
    const table = attestationListTable(entries);
    const names = table.rows.map((r) => r.cells[2]!);
    expect(names.every((c) => c.kind === "text" && c.value === "encrypted")).toBe(true);
    expect(withOpenedNames(entries, new Map())).toEqual(entries);
  });

  it("reads a placeholder's row back and nothing from a real name", () => {
    const [row] = fromEncryptedSubmissionRows([
      {
        row: 1207,
        organization: "№1",
        education: null,
        category: null,
        position: null,
        categoryDate: null,
        categoryDateYearOnly: false,
        experienceYears: null,
        lastCourseDate: null,
        mentor: null,
        internship: null,
        eventParticipation: null,
        identity: "x".repeat(60),
        iinTag: null,
      },
    ]);
    expect(sealedRowOf(row!.fullName)).toBe(1207);
    expect(sealedRowOf("Ахметова Айгүл")).toBeNull();
  });

  it("refuses another region key with CryptoError wrong-key", async () => {
    const { sealed } = await sealedRoster(33, 5);
    const other = await generateRegionKeyPair();
    const otherKey = { ...other, iinSecret: createIinSecret() };
    await expect(openNames(otherKey, sealed)).rejects.toBeInstanceOf(CryptoError);
  });
});

describe("openStoredRows", () => {
  it("opens a stored sealed revision, counting altered rows apart; rows in clear are not of a stored shape", async () => {
    const { clear, sealed } = await sealedRoster(34, 6);
    const rows = sealed.rows.map((r) => ({ ...r }));
    rows[1] = { ...rows[1]!, organization: "moved to another kindergarten" };
    rows[4] = { ...rows[4]!, identity: rows[4]!.identity.slice(0, -4) + "AAAA" };
    const stored = {
      id: "s1",
      district: "martuk" as const,
      year: "2025-2026",
      revision: 2,
      asOf,
      encryption: sealed.encryption,
    };
    const read = await openStoredRows(key, { ...stored, rows: [...rows, { row: 99, junk: true }] });
    expect(read.filter((r) => !r.ok).map((r) => r.row)).toEqual([clear.rows[1]!.row, clear.rows[4]!.row, 99]);
    const opened = read.flatMap((r) => (r.ok ? [r.row] : []));
    expect(opened).toEqual([0, 2, 3, 5].map((i) => clear.rows[i]));
    // No revision was ever stored in clear: a row carrying a clear name is not read as a teacher.
    const fromClear = await openStoredRows(key, { ...stored, rows: clear.rows });
    expect(fromClear).toEqual(clear.rows.map((r) => ({ ok: false, row: r.row, code: "tampered" })));
  });
});
