import { describe, expect, it } from "vitest";
import { academicYearToday, todayInRegion } from "./today.ts";

describe("today in Aktobe (UTC+5)", () => {
  it("turns the date at 19:00 UTC, which is midnight in Aktobe", () => {
    expect(todayInRegion(new Date("2026-08-31T18:59:59Z"))).toBe("2026-08-31");
    expect(todayInRegion(new Date("2026-08-31T19:00:00Z"))).toBe("2026-09-01");
  });

  it("starts the academic year at 1 September 00:00 Aktobe time, not UTC", () => {
    // 02:00 on 1 September in Aktobe is still 31 August in UTC: the old UTC rule picked last year.
    expect(academicYearToday(new Date("2026-08-31T21:00:00Z"))).toBe("2026-2027");
    expect(academicYearToday(new Date("2026-08-31T18:59:59Z"))).toBe("2025-2026");
    expect(academicYearToday(new Date("2026-09-01T00:00:00+05:00"))).toBe("2026-2027");
    expect(academicYearToday(new Date("2026-08-31T23:59:59+05:00"))).toBe("2025-2026");
  });
});
