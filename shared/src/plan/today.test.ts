import { describe, expect, it } from "vitest";
import { academicYearToday, formatDate, formatRegionTime, todayInRegion } from "./today.ts";

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

describe("dates and times as the region writes them", () => {
  it("writes dates dd.mm.yyyy and timestamps in Aktobe time, whatever clock made them", () => {
    expect(formatDate("2026-05-31")).toBe("31.05.2026");
    expect(formatRegionTime("2026-11-20T09:15:42.120Z")).toBe("20.11.2026 14:15");
    // 21:30 UTC on 31 December is already New Year's morning in Aktobe.
    expect(formatRegionTime("2026-12-31T21:30:00Z")).toBe("01.01.2027 02:30");
    expect(formatRegionTime("not a time")).toBe("not a time");
  });
});
