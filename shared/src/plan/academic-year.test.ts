import { describe, expect, it } from "vitest";
import { academicYearBounds, academicYearOf, inAcademicYear } from "./academic-year.ts";

describe("the academic year of a report date (1 September – 31 August)", () => {
  it("holds its first and last day, not the days either side", () => {
    expect(academicYearBounds("2025-2026")).toEqual({ start: "2025-09-01", end: "2026-08-31" });
    expect(inAcademicYear("2025-09-01", "2025-2026")).toBe(true);
    expect(inAcademicYear("2026-08-31", "2025-2026")).toBe(true);
    expect(inAcademicYear("2028-02-29", "2027-2028")).toBe(true);
    expect(inAcademicYear("2025-08-31", "2025-2026")).toBe(false);
    expect(inAcademicYear("2026-09-01", "2025-2026")).toBe(false);
  });

  it("refuses dates far outside the year, which a typo in a report date makes", () => {
    expect(inAcademicYear("2099-01-01", "2025-2026")).toBe(false);
    expect(inAcademicYear("0001-01-01", "2025-2026")).toBe(false);
    expect(inAcademicYear("2205-12-01", "2025-2026")).toBe(false);
  });

  it("agrees with academicYearOf for every day of a year and its neighbours", () => {
    const day = new Date(Date.UTC(2025, 7, 1));
    for (let i = 0; i < 31 + 365 + 31; i++, day.setUTCDate(day.getUTCDate() + 1)) {
      const iso = day.toISOString().slice(0, 10);
      expect(inAcademicYear(iso, "2025-2026")).toBe(academicYearOf(iso) === "2025-2026");
    }
  });
});
