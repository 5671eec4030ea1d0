import { describe, expect, it } from "vitest";
import { isIsoDate, parseReportDate } from "./report-date.ts";

describe("isIsoDate", () => {
  it("accepts only real calendar days written YYYY-MM-DD", () => {
    expect(["2026-05-31", "2024-02-29", "0099-01-01"].map(isIsoDate)).toEqual([true, true, true]);
    expect(["2025-02-29", "2026-13-01", "2026-04-31", "31.05.2026", "2026-5-31", ""].map(isIsoDate)).toEqual([
      false,
      false,
      false,
      false,
      false,
      false,
    ]);
  });
});

describe("the report date as a person types it", () => {
  it("reads dd.mm.yyyy as Sapa writes dates, d.m.yyyy and slashes day first, ISO, and empty as no date", () => {
    expect(parseReportDate("31.05.2026")).toBe("2026-05-31");
    expect(parseReportDate(" 1.9.2026 ")).toBe("2026-09-01");
    expect(parseReportDate("31/05/2026")).toBe("2026-05-31");
    expect(parseReportDate("2026-05-31")).toBe("2026-05-31");
    expect(parseReportDate("")).toBeNull();
    expect(parseReportDate("   ")).toBeNull();
  });

  it("refuses a day that does not exist, a month-first date, a two-digit year and words", () => {
    expect(parseReportDate("30.02.2026")).toBe("invalid");
    expect(parseReportDate("05/31/2026")).toBe("invalid");
    expect(parseReportDate("31.05.26")).toBe("invalid");
    expect(parseReportDate("бүгін")).toBe("invalid");
  });
});
