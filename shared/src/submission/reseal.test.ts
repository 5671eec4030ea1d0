import { describe, expect, it } from "vitest";
import type { EncryptedSubmissionRow } from "../crypto/schemas.ts";
import { resealMismatch, sealedAttestationList } from "./reseal.ts";
import type { SubmissionRow } from "../api/schemas.ts";
import { sealedRowOf } from "./sealed-rows.ts";
import { compareAttestation } from "../figures/summary.ts";
import type { AttestationEntry } from "../types.ts";

function clearRow(row: number, fullName: string, iinKey: string | null): SubmissionRow {
  return {
    row,
    fullName,
    organization: "№1 балабақша",
    education: "higher",
    category: "expert",
    iinKey,
    position: null,
    categoryDate: "2021-03-01",
    categoryDateYearOnly: false,
    experienceYears: 7,
    lastCourseDate: null,
    mentor: null,
    internship: null,
    eventParticipation: true,
  };
}

/** What a sealer makes of a clear row (the identity's bytes do not matter to the check). */
function sealedOf(r: SubmissionRow, iinTag: string | null): EncryptedSubmissionRow {
  const { fullName: _n, iinKey: _k, ...rest } = r;
  return { ...rest, identity: "x".repeat(80), iinTag };
}

const KEY_A = "a".repeat(64);
const KEY_B = "b".repeat(64);
const TAG_A = "1".repeat(32);
const TAG_B = "2".repeat(32);

describe("resealMismatch", () => {
  const stored = [clearRow(5, "Әлия", KEY_A), clearRow(6, "Асан", KEY_B), clearRow(9, "Әлия", KEY_A)];

  it("accepts the same rows in the same order with tags that follow the keys", () => {
    expect(
      resealMismatch(stored, [
        sealedOf(stored[0]!, TAG_A),
        sealedOf(stored[1]!, TAG_B),
        sealedOf(stored[2]!, TAG_A),
      ]),
    ).toBeNull();
  });

  it("names the first changed field, a reordering, a count or a tag that does not follow the keys", () => {
    const sealed = [sealedOf(stored[0]!, TAG_A), sealedOf(stored[1]!, TAG_B), sealedOf(stored[2]!, TAG_A)];
    expect(resealMismatch(stored, [sealed[0]!, { ...sealed[1]!, experienceYears: 8 }, sealed[2]!])).toEqual({
      kind: "field",
      index: 1,
      row: 6,
      field: "experienceYears",
    });
    expect(resealMismatch(stored, [sealed[1]!, sealed[0]!, sealed[2]!])).toMatchObject({
      index: 0,
      field: "row",
    });
    expect(resealMismatch(stored, sealed.slice(0, 2))).toEqual({ kind: "count", stored: 3, sent: 2 });
    // Equal keys must get equal tags, different keys different tags, no key no tag.
    expect(resealMismatch(stored, [sealed[0]!, sealed[1]!, { ...sealed[2]!, iinTag: TAG_B }])).toMatchObject({
      index: 2,
      field: "iinTag",
    });
    expect(resealMismatch(stored, [sealed[0]!, { ...sealed[1]!, iinTag: TAG_A }, sealed[2]!])).toMatchObject({
      index: 1,
      field: "iinTag",
    });
    expect(resealMismatch(stored, [sealed[0]!, { ...sealed[1]!, iinTag: null }, sealed[2]!])).toMatchObject({
      index: 1,
      field: "iinTag",
    });
  });
});

describe("sealedAttestationList", () => {
  const entry = (fullName: string): AttestationEntry => ({
    district: "alga",
    organization: "№1 балабақша",
    fullName,
    category: "expert",
    categoryDate: "2021-03-01",
    expires: "2026-03-01",
    year: "2025-2026",
  });

  it("gives each entry its own row's placeholder, two namesakes two rows, in the list's order", () => {
    const stored = [clearRow(5, "Әлия", KEY_A), clearRow(6, "Асан", KEY_B), clearRow(9, "Әлия", null)];
    const list = [entry("Асан"), entry("Әлия"), entry("Әлия")].sort(compareAttestation);
    const sealed = sealedAttestationList(list, stored)!;
    expect(sealed.map((e) => sealedRowOf(e.fullName)).sort()).toEqual([5, 6, 9]);
    expect(sealed).toEqual([...sealed].sort(compareAttestation));
    expect(JSON.stringify(sealed)).not.toMatch(/Әлия|Асан/);
  });

  it("is null when an entry matches no stored row", () => {
    expect(sealedAttestationList([entry("Бекзат")], [clearRow(5, "Әлия", KEY_A)])).toBeNull();
  });
});
