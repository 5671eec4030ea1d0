import { summarise, type TeacherRow } from "@sapa/shared";
import { describe, expect, it } from "vitest";
import { bandVerdict } from "./band-verdict.ts";

const asOf = "2026-05-31";

/** `n` teachers, the first `awarded` of them given `category` this academic year. */
function teachers(n: number, awarded: number, category: TeacherRow["category"]): TeacherRow[] {
  return Array.from({ length: n }, (_, i) => ({
    row: i + 2,
    fullName: `Педагог ${i}`,
    organization: "Мектеп №1",
    organizationKey: "мектеп №1",
    education: "higher",
    category: i < awarded ? category : "none",
    iin: null,
    iinKey: null,
    position: null,
    categoryDate: i < awarded ? "2025-12-01" : null,
    categoryDateYearOnly: false,
    experienceYears: 10,
    lastCourseDate: null,
    mentor: null,
    internship: null,
    eventParticipation: null,
    unreadable: [],
  }));
}

describe("bandVerdict", () => {
  it("calls a total above the band 'above', never behind, and only a total under it 'below'", () => {
    const stage = (awarded: number) =>
      summarise(teachers(100, awarded, "expert"), { asOf, present: [] }).stage;
    const high = stage(90);
    expect(high.band && high.total).toBeTruthy();
    expect(high.total!.withinBand).toBe(false);
    expect(bandVerdict(high.total!, high.band!)).toBe("above");
    const none = stage(0);
    expect(bandVerdict(none.total!, none.band!)).toBe("below");
  });

  it("follows the band's own edges", () => {
    const band = { min: 0.2, max: 0.3 };
    expect(bandVerdict({ actual: 0.25, withinBand: true }, band)).toBe("within");
    expect(bandVerdict({ actual: 0.31, withinBand: false }, band)).toBe("above");
    expect(bandVerdict({ actual: 0.1, withinBand: false }, band)).toBe("below");
  });
});
