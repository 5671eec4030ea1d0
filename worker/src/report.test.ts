import { PLAN_STAGE_TARGETS, academicYearToday } from "@sapa/shared";
import { describe, expect, it } from "vitest";
import { buildReport } from "./report.ts";

describe("buildReport", () => {
  it("dates the report by Aktobe's clock: 31 August 19:30 UTC is already 1 September there", () => {
    const now = new Date("2026-08-31T19:30:00Z");
    expect(academicYearToday(now)).toBe("2026-2027");
    const report = buildReport(academicYearToday(now), [], PLAN_STAGE_TARGETS, now);
    expect(report.region.asOf).toBe("2026-09-01");
    expect(report.year).toBe("2026-2027");
    expect(report.generatedAt).toBe("2026-08-31T19:30:00.000Z");
    expect(report.completeness).toMatchObject({ expected: 13, submitted: 0 });
    // 18:59:59 UTC is 23:59:59 on 31 August in Aktobe: still the old day.
    const before = new Date("2026-08-31T18:59:59Z");
    expect(buildReport(academicYearToday(before), [], PLAN_STAGE_TARGETS, before).region.asOf).toBe(
      "2026-08-31",
    );
  });
});
