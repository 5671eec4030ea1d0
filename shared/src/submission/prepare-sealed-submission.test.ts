import { beforeAll, describe, expect, it } from "vitest";
import { createIinSecret } from "../crypto/iin-key.ts";
import { createKeyFile, unlockKeyFile, type UnlockedRegionKey } from "../crypto/key-file.ts";
import { generateRegionKeyPair, type RegionPublicKey } from "../crypto/region-key.ts";
import { openSubmission } from "../crypto/row-seal.ts";
import { EncryptedSubmissionSchema } from "../crypto/schemas.ts";
import { prepareSealedSubmission } from "./prepare-sealed-submission.ts";
import { prepareSubmission } from "./prepare-submission.ts";
import { readRoster } from "../roster/roster.ts";
import { generateRoster } from "../../sample/roster.ts";
import { fromEncryptedSubmissionRows } from "./sealed-rows.ts";
import { fromSubmissionRows } from "./submission-rows.ts";
import { summarise } from "../figures/summary.ts";
import { validateTeachers } from "../roster/validate.ts";

const asOf = "2026-05-31";
const meta = { district: "kobda", year: "2025-2026", asOf, source: { app: "cli" } } as const;
const PASSPHRASE = "dev passphrase for tests only";

let key: UnlockedRegionKey;
let recipient: RegionPublicKey;

beforeAll(async () => {
  const pair = await generateRegionKeyPair();
  recipient = { keyId: pair.keyId, publicKey: pair.publicKey };
  const file = await createKeyFile(pair, PASSPHRASE, { iinSecret: createIinSecret(), iterations: 100_000 });
  key = await unlockKeyFile(file, PASSPHRASE);
});

describe("prepareSealedSubmission", () => {
  it("seals every name and ИИН key; the server's figures from the clear part equal the clear ones", async () => {
    const read = readRoster(generateRoster({ seed: 7, rows: 150, lang: "kk", district: "kobda" }), { asOf });
    const prepared = await prepareSealedSubmission(read, meta, recipient);
    if (prepared.kind !== "ready") throw new Error(prepared.kind);
    const body = prepared.submission;
    expect(EncryptedSubmissionSchema.parse(body)).toEqual(body);
    expect(body.encryption.keyId).toBe(recipient.keyId);
    expect(body.rows).toHaveLength(150);

    const json = JSON.stringify(body);
    const clear = await prepareSubmission(read, meta);
    if (clear.kind !== "ready") throw new Error(clear.kind);
    for (const r of clear.submission.rows) {
      expect(json.includes(r.fullName!)).toBe(false);
      if (r.iinKey) expect(json.includes(r.iinKey)).toBe(false);
    }
    for (const t of read.teachers) if (t.iin) expect(json.includes(t.iin)).toBe(false);

    const present = body.columns;
    const teachers = fromEncryptedSubmissionRows(body.rows);
    const errors = validateTeachers(teachers, { asOf, present }).filter((p) => p.severity === "error");
    expect(errors).toEqual([]);
    const opts = { asOf, year: body.year, district: body.district, present };
    const figures = summarise(teachers, opts);
    const before = summarise(fromSubmissionRows(clear.submission.rows), opts);
    // Every figure equal; the attestation list holds the same entries, its names sealed (region opens them).
    const { attestationDue: sealedDue, ...sealedFigures } = figures;
    const { attestationDue: clearDue, ...clearFigures } = before;
    expect(sealedFigures).toEqual(clearFigures);
    const noName = (l: typeof clearDue) => l.map(({ fullName: _n, ...e }) => JSON.stringify(e)).sort();
    expect(noName(sealedDue)).toEqual(noName(clearDue));
    expect(sealedDue.length).toBeGreaterThan(0);

    const opened = await openSubmission(key, body);
    expect(opened.map((o) => (o.ok ? o.row : o))).toEqual(clear.submission.rows);
  });

  it("keeps the server's duplicate-ИИН check working through the per-submission tag", async () => {
    const read = readRoster(generateRoster({ seed: 3, rows: 20, lang: "ru", district: "kobda" }), { asOf });
    const twin = { ...read.teachers[4]!, row: 999, fullName: "Другое Имя Отчество" };
    const prepared = await prepareSealedSubmission(
      { ...read, teachers: [...read.teachers, twin] },
      meta,
      recipient,
    );
    if (prepared.kind !== "ready") throw new Error(prepared.kind);
    const problems = validateTeachers(fromEncryptedSubmissionRows(prepared.submission.rows), {
      asOf,
      present: prepared.submission.columns,
    });
    expect(problems.filter((p) => p.code === "iin-duplicate").map((p) => p.row)).toEqual([999]);
  });

  it("passes a refused roster through without sealing anything", async () => {
    const prepared = await prepareSealedSubmission(
      { layout: null, teachers: [], problems: [], present: [] },
      meta,
      recipient,
    );
    expect(prepared.kind).toBe("no-roster");
  });

  it("asks for the key only when the roster is ready", async () => {
    let asked = 0;
    const fetchKey = async () => (asked++, recipient);
    const refused = await prepareSealedSubmission(
      { layout: null, teachers: [], problems: [], present: [] },
      meta,
      fetchKey,
    );
    expect([refused.kind, asked]).toEqual(["no-roster", 0]);
    const read = readRoster(generateRoster({ seed: 8, rows: 5, lang: "ru", district: "kobda" }), { asOf });
    const ready = await prepareSealedSubmission(read, meta, fetchKey);
    expect([ready.kind, asked]).toEqual(["ready", 1]);
  });
});
