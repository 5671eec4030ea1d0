import { fromSubmissionRows, summarise } from "@sapa/shared";
import { describe, expect, it } from "vitest";
import { makeSubmission } from "../../test/fixtures.ts";
import { packEntry, unpackEntries } from "./list-codec.ts";

describe("the stored form of the report's lists", () => {
  it("packs every organisation and attestation entry of a real summary into arrays and back, unchanged", async () => {
    const body = await makeSubmission("temir", 600, 31);
    const summary = summarise(fromSubmissionRows(body.rows), {
      asOf: body.asOf,
      year: body.year,
      district: "temir",
      present: body.columns,
    });
    expect(summary.byOrganization.length).toBeGreaterThan(20);
    expect(summary.attestationDue.length).toBeGreaterThan(20);
    const organizations = summary.byOrganization.map((o) => packEntry("organizations", o));
    const attestation = summary.attestationDue.map((e) => packEntry("attestation", e));
    // Through JSON, as D1 keeps them.
    const back = (packed: unknown[]) => JSON.parse(JSON.stringify(packed)) as unknown[];
    expect(unpackEntries("organizations", back(organizations))).toEqual(summary.byOrganization);
    expect(unpackEntries("attestation", back(attestation))).toEqual(summary.attestationDue);
    // Arrays of values only: well under half the text of the objects.
    const size = (value: unknown) => JSON.stringify(value).length;
    expect(size(organizations)).toBeLessThan(size(summary.byOrganization) * 0.4);
    expect(size(attestation)).toBeLessThan(size(summary.attestationDue) * 0.75);
    expect(organizations[0]).toEqual([
      "temir",
      summary.byOrganization[0]!.key,
      summary.byOrganization[0]!.name,
      summary.byOrganization[0]!.teachers,
      expect.any(Array),
      expect.any(Array),
      summary.byOrganization[0]!.qualitativeShare,
      expect.any(Array),
    ]);
  });

  it("reads entries stored as objects (before this form) as they are", () => {
    const entry = {
      district: "alga",
      organization: "«Айгөлек» балабақшасы",
      fullName: "•sealed•ab12",
      category: "moderator",
      categoryDate: "2020-09-01",
      expires: "2025-09-01",
      year: "2025-2026",
    };
    expect(unpackEntries("attestation", [entry, packEntry("attestation", entry)])).toEqual([entry, entry]);
  });
});
