import {
  AttestationEntrySchema,
  OrganizationSummarySchema,
  fromSubmissionRows,
  summarise,
} from "@sapa/shared";
import { describe, expect, it } from "vitest";
import { makeSubmission } from "../../test/fixtures.ts";
import { z } from "zod";
import {
  LIST_FORMAT,
  LIST_FORMATS,
  LIST_SCHEMAS,
  fieldNames,
  layoutOf,
  packEntry,
  unpackEntries,
  type ListKind,
} from "./list-codec.ts";

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
    expect(unpackEntries("organizations", LIST_FORMAT, back(organizations))).toEqual(summary.byOrganization);
    expect(unpackEntries("attestation", LIST_FORMAT, back(attestation))).toEqual(summary.attestationDue);
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

  it("declares, for the current format, exactly the fields of the shared schemas (a schema change needs a new format)", () => {
    // Fails when a field or category is added, removed or renamed in shared/ without a new LIST_FORMATS entry:
    // stored revisions keep the layout they were written in, so the new one must be declared beside it.
    for (const kind of ["organizations", "attestation"] as ListKind[])
      expect(fieldNames(LIST_FORMATS[LIST_FORMAT]![kind]), kind).toEqual(
        fieldNames(layoutOf(LIST_SCHEMAS[kind])),
      );
  });

  it("tells a schema that gained a category from one whose fields were only reordered", () => {
    const reordered = z.strictObject(
      Object.fromEntries(Object.entries(AttestationEntrySchema.shape).reverse()),
    );
    expect(fieldNames(layoutOf(reordered))).toEqual(fieldNames(LIST_FORMATS[LIST_FORMAT]!.attestation));
    const counts = OrganizationSummarySchema.shape.byCategory.shape;
    const grown = OrganizationSummarySchema.extend({
      byCategory: z.strictObject({ ...counts, mentor: z.number() }),
    });
    expect(fieldNames(layoutOf(grown))).not.toEqual(fieldNames(LIST_FORMATS[LIST_FORMAT]!.organizations));
  });

  it("reads stored entries right after a schema's fields are reordered", () => {
    const entry = {
      district: "alga",
      organization: "«Айгөлек» балабақшасы",
      fullName: "•sealed•ab12",
      category: "moderator",
      categoryDate: "2020-09-01",
      expires: "2025-09-01",
      year: "2025-2026",
    };
    const stored = JSON.parse(JSON.stringify(packEntry("attestation", entry))) as unknown[];
    // The same entry as a schema with its fields in reverse order would produce it.
    const reordered = z.strictObject(
      Object.fromEntries(Object.entries(AttestationEntrySchema.shape).reverse()),
    );
    const asReordered = reordered.parse(entry);
    expect(Object.keys(asReordered)[0]).toBe("year");
    expect(packEntry("attestation", asReordered)).toEqual(stored);
    expect(unpackEntries("attestation", LIST_FORMAT, [stored])).toEqual([asReordered]);
  });

  it("refuses a format this worker does not know rather than guess", () => {
    expect(() => unpackEntries("attestation", LIST_FORMAT + 1, [[]])).toThrow(/list format 2/);
  });
});
