import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { mergeSummaries } from "./merge.ts";
import { SummarySchema } from "../api/schemas.ts";
import { organizationKey } from "../roster/organization.ts";
import { compareAttestation, compareOrganizations, summarise } from "./summary.ts";
import {
  CATEGORY_KEYS,
  DISTRICT_IDS,
  EDUCATION_KEYS,
  FIELD_KEYS,
  type DistrictId,
  type TeacherRow,
} from "../types.ts";

// Few organisations, spelled several ways, so parts share organisations and the name choice is exercised.
const ORGANIZATIONS = [
  "№1 «Балапан» балабақшасы",
  "№ 1 балапан балабақшасы",
  "ГККП «Ясли-сад №5»",
  "гккп ясли-сад № 5",
  "«Айгөлек»",
  "",
];
const NAMES = ["Бекова Сәуле", "Ахметова Гүлнар", "Есенова Жанар", "Қалиева Динара"];

const isoDate = fc
  .date({ min: new Date("2017-01-01T00:00:00Z"), max: new Date("2029-12-31T00:00:00Z"), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10));

const teacherArb: fc.Arbitrary<TeacherRow> = fc
  .record({
    fullName: fc.constantFrom(...NAMES),
    organization: fc.constantFrom(...ORGANIZATIONS),
    education: fc.option(fc.constantFrom(...EDUCATION_KEYS)),
    category: fc.option(fc.constantFrom(...CATEGORY_KEYS)),
    categoryDate: fc.option(isoDate),
    categoryDateYearOnly: fc.boolean(),
    experienceYears: fc.option(fc.integer({ min: 0, max: 40 })),
    lastCourseDate: fc.option(isoDate),
    mentor: fc.option(fc.constantFrom(...NAMES)),
    internship: fc.option(fc.oneof(isoDate, fc.boolean())),
    eventParticipation: fc.option(fc.boolean()),
  })
  .map((r) => ({
    ...r,
    row: 2,
    organizationKey: organizationKey(r.organization),
    iin: null,
    iinKey: null,
    position: null,
    // A bare year is kept as 1 September of that year.
    categoryDate:
      r.categoryDate !== null && r.categoryDateYearOnly
        ? `${r.categoryDate.slice(0, 4)}-09-01`
        : r.categoryDate,
    categoryDateYearOnly: r.categoryDate !== null && r.categoryDateYearOnly,
    unreadable: [],
  }));

const settingsArb = fc.record({
  asOf: isoDate,
  year: fc.constantFrom("2024-2025", "2025-2026", "2026-2027", "2027-2028", "2028-2029"),
  present: fc.subarray([...FIELD_KEYS]),
});

describe("mergeSummaries equals summarise of the union", () => {
  it("for random rows of one unit split randomly into parts", () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(teacherArb, fc.nat({ max: 4 })), { maxLength: 80 }),
        settingsArb,
        fc.constantFrom<DistrictId | null>(null, ...DISTRICT_IDS),
        (tagged, { asOf, year, present }, district) => {
          const rows = tagged.map(([t]) => t);
          const parts: TeacherRow[][] = [[], [], [], [], []];
          for (const [t, part] of tagged) parts[part]!.push(t);
          const opts = { asOf, year, present, district };
          const merged = mergeSummaries(parts.map((p) => summarise(p, opts)));
          expect(merged).toEqual(summarise(rows, opts));
          expect(SummarySchema.safeParse(merged).error).toBeUndefined();
          expect(merged.attestationDue).toEqual([...merged.attestationDue].sort(compareAttestation));
          expect(merged.byOrganization).toEqual([...merged.byOrganization].sort(compareOrganizations));
        },
      ),
      { numRuns: 300 },
    );
  });

  it("for random districts: any split and any order gives the sum of the districts", () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(teacherArb, fc.constantFrom(...DISTRICT_IDS.slice(0, 4)), fc.nat({ max: 2 })), {
          maxLength: 80,
        }),
        settingsArb,
        (tagged, { asOf, year, present }) => {
          const byDistrict = new Map<DistrictId, TeacherRow[]>();
          const byPart = new Map<string, { district: DistrictId; rows: TeacherRow[] }>();
          for (const [t, district, part] of tagged) {
            byDistrict.set(district, [...(byDistrict.get(district) ?? []), t]);
            const key = `${part}:${district}`;
            if (!byPart.has(key)) byPart.set(key, { district, rows: [] });
            byPart.get(key)!.rows.push(t);
          }
          const whole = [...byDistrict].map(([district, rows]) =>
            summarise(rows, { asOf, year, present, district }),
          );
          const pieces = [...byPart.values()].map(({ district, rows }) =>
            summarise(rows, { asOf, year, present, district }),
          );
          const region = mergeSummaries(whole, { year, asOf });
          expect(mergeSummaries(pieces.reverse(), { year, asOf })).toEqual(region);
          expect(region.teachers).toBe(tagged.length);
          expect(region.attestationDue).toEqual([...region.attestationDue].sort(compareAttestation));
          expect(region.organizations).toBe(whole.reduce((sum, s) => sum + s.organizations, 0));
          const categorySum = Object.values(region.byCategory).reduce((a, b) => a + b, 0);
          expect(categorySum).toBe(region.teachers);
        },
      ),
      { numRuns: 200 },
    );
  });
});
